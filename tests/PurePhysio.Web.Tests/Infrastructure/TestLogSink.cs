using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace PurePhysio.Web.Tests.Infrastructure;

/// <summary>Captures every Serilog event the app writes (registered as an ILogEventSink; Program reads sinks from DI).</summary>
public sealed class TestLogSink : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> Events => [.. _events];

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    /// <summary>Everything an event would put in a log: its rendered text, every property and any exception.</summary>
    public static string Render(LogEvent logEvent) =>
        string.Join(" | ", [logEvent.RenderMessage(), .. logEvent.Properties.Select(p => $"{p.Key}={p.Value}"), logEvent.Exception?.ToString() ?? ""]);
}
