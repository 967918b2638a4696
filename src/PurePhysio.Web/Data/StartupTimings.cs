using System.Diagnostics;
using System.Runtime;

namespace PurePhysio.Web.Data;

/// <summary>How long each start-up step took, logged once as one line, so an operator can see what a restart costs.</summary>
internal sealed class StartupTimings
{
    private readonly ILogger _logger;
    private readonly List<(string Step, double Milliseconds)> _steps = [];
    private readonly double _beforeSteps = MillisecondsSinceProcessStart();

    private StartupTimings(ILogger logger) => _logger = logger;

    public static StartupTimings Begin(IServiceProvider services) =>
        new(services.GetRequiredService<ILoggerFactory>().CreateLogger<StartupTimings>());

    public async Task<T> TimeAsync<T>(string step, Func<Task<T>> work)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await work();
        _steps.Add((step, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
        return result;
    }

    public async Task TimeAsync(string step, Func<Task> work)
    {
        var started = Stopwatch.GetTimestamp();
        await work();
        _steps.Add((step, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
    }

    /// <summary>
    /// Writes the steps, the process's age (runtime and host start included) and how much of it the JIT
    /// compiler took: methods that ReadyToRun did not compile ahead of time are compiled on first call.
    /// </summary>
    public void Log()
    {
        var sinceProcessStart = MillisecondsSinceProcessStart();
        _logger.LogInformation(
            "Start-up work done {SinceProcessStartMs:0} ms after the process started ({BeforeStepsMs:0} ms before the first step, " +
            "{JitMethods} methods compiled by the JIT in {JitMs:0} ms): {Steps}",
            sinceProcessStart, _beforeSteps, JitInfo.GetCompiledMethodCount(), JitInfo.GetCompilationTime().TotalMilliseconds,
            string.Join(", ", _steps.Select(s => $"{s.Step} {s.Milliseconds:0} ms")));
    }

    private static double MillisecondsSinceProcessStart()
    {
        using var process = Process.GetCurrentProcess();
        return (DateTime.Now - process.StartTime).TotalMilliseconds;
    }
}
