using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PurePhysio.Web.Tests.Infrastructure;

/// <summary>Counts the SQL commands the app's DbContexts send, for tests that promise how many a page costs.</summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> _commands = new();

    /// <summary>
    /// When set, only commands sent while handling an HTTP request are counted: background work (the outbox,
    /// retention) runs on its own and is not what a page costs.
    /// </summary>
    public IHttpContextAccessor? RequestsOnly { get; set; }

    public IReadOnlyList<string> Commands => [.. _commands];

    public void Reset() => _commands.Clear();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    private void Record(DbCommand command)
    {
        if (RequestsOnly is null || RequestsOnly.HttpContext is not null)
        {
            _commands.Enqueue(command.CommandText);
        }
    }
}
