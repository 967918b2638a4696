using System.Globalization;
using System.Text;
using PurePhysio.Web.Infrastructure;
using PurePhysio.Web.Tests.Infrastructure;
using Serilog.Events;
using Serilog.Formatting.Display;
using Serilog.Parsing;

namespace PurePhysio.Web.Tests.Operations;

/// <summary>The console sink behind request logging: lines reach standard output in few writes, none are lost.</summary>
public sealed class BufferedConsoleSinkTests
{
    /// <summary>Standard output stand-in that records each write the sink makes.</summary>
    private sealed class RecordingStream : Stream
    {
        private readonly Lock _gate = new();
        private readonly MemoryStream _bytes = new();

        public int Writes { get; private set; }

        public string Text
        {
            get
            {
                lock (_gate)
                {
                    return Encoding.UTF8.GetString(_bytes.ToArray());
                }
            }
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            lock (_gate)
            {
                Writes++;
                _bytes.Write(buffer, offset, count);
            }
        }

        public override void Flush()
        {
        }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }

    private static BufferedConsoleSink SinkOn(Stream output) =>
        new(new MessageTemplateTextFormatter(BufferedConsoleSinkExtensions.DefaultOutputTemplate, CultureInfo.InvariantCulture), output);

    private static LogEvent RequestLine(int i) =>
        new(new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero), LogEventLevel.Information, null,
            new MessageTemplateParser().Parse("HTTP GET {RequestPath} responded 200"),
            [new LogEventProperty("RequestPath", new ScalarValue($"/conditions/{i}"))]);

    [Fact]
    public async Task ABurstOfLinesReachesStandardOutputInOrderWithinTheFlushIntervalInOneOrTwoWrites()
    {
        var output = new RecordingStream();
        using var sink = SinkOn(output);
        for (var i = 0; i < 200; i++)
        {
            sink.Emit(RequestLine(i));
        }

        var text = await Eventually.MatchesAsync(() => output.Text, t => t.Contains("/conditions/199", StringComparison.Ordinal),
            "the burst on standard output", TimeSpan.FromSeconds(5));

        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(200, lines.Length);
        Assert.Equal("[10:00:00 INF] HTTP GET /conditions/0 responded 200", lines[0]);
        Assert.All(lines.Select((line, i) => (line, i)), x => Assert.EndsWith($"GET /conditions/{x.i} responded 200", x.line, StringComparison.Ordinal));
        // One write per flush (a timer tick may fall inside the burst), not one per line.
        Assert.InRange(output.Writes, 1, 2);
    }

    [Fact]
    public void LinesStillBufferedAreWrittenWhenTheLoggerIsDisposed()
    {
        var output = new RecordingStream();
        var sink = SinkOn(output);
        sink.Emit(RequestLine(1));
        sink.Emit(RequestLine(2));

        sink.Dispose();

        Assert.Equal(2, output.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
