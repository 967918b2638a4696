using System.Globalization;
using System.Text;
using Serilog;
using Serilog.Configuration;
using Serilog.Core;
using Serilog.Debugging;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Display;

namespace PurePhysio.Web.Infrastructure;

/// <summary>
/// Standard output through a buffer that is flushed when it fills and at least every
/// <see cref="FlushInterval"/>, instead of one write and flush per line as Serilog's console sink does. At tens of
/// thousands of requests a second, one console write per request line cost about a sixth of a cached page's CPU
/// (docs/benchmarks.md). Used inside Serilog's asynchronous sink, which calls <see cref="Emit"/> from one thread.
/// </summary>
internal sealed class BufferedConsoleSink : ILogEventSink, IDisposable
{
    public static readonly TimeSpan FlushInterval = TimeSpan.FromMilliseconds(200);

    private readonly ITextFormatter _formatter;
    private readonly StreamWriter _output;
    private readonly Lock _gate = new();
    private readonly Timer _flush;

    public BufferedConsoleSink(ITextFormatter formatter, Stream standardOutput)
    {
        _formatter = formatter;
        _output = new StreamWriter(standardOutput, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024) { AutoFlush = false };
        _flush = new Timer(_ => FlushOnTimer(), null, FlushInterval, FlushInterval);
    }

    public void Emit(LogEvent logEvent)
    {
        lock (_gate)
        {
            _formatter.Format(logEvent, _output);
        }
    }

    /// <summary>
    /// A timer callback that throws ends the process; a log sink must never do that (Serilog catches what
    /// <see cref="Emit"/> throws, not what a timer does), so a failed write (standard output closed) is reported to
    /// Serilog's self-log and tried again at the next tick.
    /// </summary>
    private void FlushOnTimer()
    {
        try
        {
            Flush();
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException)
        {
            SelfLog.WriteLine("Writing buffered log lines to standard output failed: {0}", exception);
        }
    }

    private void Flush()
    {
        lock (_gate)
        {
            _output.Flush();
        }
    }

    public void Dispose()
    {
        _flush.Dispose();
        Flush();
    }
}

public static class BufferedConsoleSinkExtensions
{
    public const string DefaultOutputTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}";

    /// <summary>Standard output, buffered (appsettings: <c>{ "Name": "BufferedConsole" }</c> inside the <c>Async</c> sink).</summary>
    public static LoggerConfiguration BufferedConsole(this LoggerSinkConfiguration sinks,
        string outputTemplate = DefaultOutputTemplate,
        LogEventLevel restrictedToMinimumLevel = LevelAlias.Minimum)
    {
        ArgumentNullException.ThrowIfNull(sinks);
        return sinks.Sink(new BufferedConsoleSink(new MessageTemplateTextFormatter(outputTemplate, CultureInfo.InvariantCulture), Console.OpenStandardOutput()),
            restrictedToMinimumLevel);
    }
}
