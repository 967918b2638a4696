using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PurePhysio.Web.Data;

namespace PurePhysio.Web.Tests.Infrastructure;

/// <summary>
/// Sees every SQL command the app's DbContexts send, for tests that promise what a page or a save costs: records
/// them while <see cref="Recording"/> is on, and makes the database refuse the first command that matches
/// <see cref="FailWhen"/> (a failure halfway through a change).
/// </summary>
public sealed class SqlCommandProbe : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> _commands = new();

    public bool Recording { get; set; }

    /// <summary>When set, the next command whose text contains this fails (once).</summary>
    public string? FailWhen { get; set; }

    /// <summary>
    /// When set, only commands sent while handling an HTTP request are recorded: background work (the outbox,
    /// retention, scheduled publication) runs on its own and is not what a request costs.
    /// </summary>
    public IHttpContextAccessor? RequestsOnly { get; set; }

    public IReadOnlyList<string> Commands => [.. _commands];

    /// <summary>Forgets what was recorded and records from now on.</summary>
    public void StartRecording()
    {
        _commands.Clear();
        Recording = true;
    }

    public void Reset()
    {
        _commands.Clear();
        Recording = false;
        FailWhen = null;
    }

    private void Seen(DbCommand command)
    {
        if (FailWhen is { } fragment && command.CommandText.Contains(fragment, StringComparison.Ordinal))
        {
            FailWhen = null;
            throw new InvalidOperationException($"The test made the database refuse: {fragment}");
        }

        // The outbox worker polls on its own schedule; it is not part of the request being measured.
        if (Recording && (RequestsOnly is null || RequestsOnly.HttpContext is not null)
            && !command.CommandText.Contains("\"OutboxMessages\"", StringComparison.Ordinal))
        {
            _commands.Enqueue(command.CommandText);
        }
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Seen(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Seen(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Seen(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Seen(command);
        return result;
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Seen(command);
        return result;
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Seen(command);
        return result;
    }
}

/// <summary>The app with a <see cref="SqlCommandProbe"/> on its database and a clock the tests move.</summary>
public sealed class SqlProbeAppFactory : ClinicAppFactory
{
    public SqlCommandProbe Probe { get; } = new();

    protected override void ConfigureServices(IServiceCollection services) =>
        services.ConfigureDbContext<SqliteClinicDbContext>(o => o.AddInterceptors(Probe));
}
