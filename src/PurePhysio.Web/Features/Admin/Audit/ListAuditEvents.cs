using System.Reflection;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Features.Admin.Content;

namespace PurePhysio.Web.Features.Admin.Audit;

/// <summary>The audit log, newest first, filtered by person, action and the clinic-time days it happened on.</summary>
public static class ListAuditEvents
{
    /// <summary>
    /// The filter as the page's GET form sends it; every part is optional. The action is sent as "event":
    /// "action" is MVC's own route value and would bind the action's name instead.
    /// </summary>
    public sealed record Query(string? Who, string? Event, DateOnly? From, DateOnly? To, int Page = 1);

    public sealed record Row(DateTimeOffset OccurredAt, string UserEmail, string Action, string Target, string Details);

    public sealed record Result(Query Filter, IReadOnlyList<Row> Events, bool HasNext, IReadOnlyList<string> Actions);

    /// <summary>Every action the log knows, for the filter's list.</summary>
    public static readonly IReadOnlyList<string> KnownActions = typeof(AuditActions)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .Order(StringComparer.Ordinal).ToList();

    public sealed class Handler(ClinicDbContext db, ClinicTimeZone clinicZone)
    {
        public const int PageSize = 50;

        public async Task<Result> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var filter = query with { Page = Math.Max(1, query.Page), Who = query.Who?.Trim(), Event = query.Event?.Trim() };
            var events = db.AuditEvents.AsNoTracking();
            if (!string.IsNullOrEmpty(filter.Who))
            {
                events = events.Where(e => e.UserEmail.Contains(filter.Who));
            }

            if (!string.IsNullOrEmpty(filter.Event))
            {
                events = events.Where(e => e.Action == filter.Event);
            }

            // Days are the clinic's: from its midnight to the next.
            var zone = await clinicZone.GetAsync(cancellationToken);
            if (filter.From is { } from)
            {
                var start = StartOf(from, zone);
                events = events.Where(e => e.OccurredAt >= start);
            }

            if (filter.To is { } to)
            {
                var end = StartOf(to.AddDays(1), zone);
                events = events.Where(e => e.OccurredAt < end);
            }

            var rows = await events
                .OrderByDescending(e => e.Id)
                .Skip((filter.Page - 1) * PageSize).Take(PageSize + 1)
                .Select(e => new Row(e.OccurredAt, e.UserEmail, e.Action, e.Target, e.Details))
                .ToListAsync(cancellationToken);
            return new Result(filter, rows.Take(PageSize).ToList(), rows.Count > PageSize, KnownActions);
        }

        private static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone)
        {
            var local = day.ToDateTime(TimeOnly.MinValue);
            // A midnight skipped by a clock change starts the day an hour later.
            while (zone.IsInvalidTime(local))
            {
                local = local.AddHours(1);
            }

            return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
        }
    }
}
