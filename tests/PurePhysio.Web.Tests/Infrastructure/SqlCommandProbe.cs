using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PurePhysio.Web.Data;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Admin;

/// <summary>
/// Sees every SQL command the app sends: records them while <see cref="Recording"/> is on, and makes the
/// database refuse the first command that matches <see cref="FailWhen"/> (a failure halfway through a change).
/// </summary>
public sealed class SqlCommandProbe : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> _commands = new();

    public bool Recording { get; set; }

    /// <summary>When set, the next command whose text contains this fails (once).</summary>
    public string? FailWhen { get; set; }

    public IReadOnlyList<string> Commands => [.. _commands];

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
        if (Recording && !command.CommandText.Contains("\"OutboxMessages\"", StringComparison.Ordinal))
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
