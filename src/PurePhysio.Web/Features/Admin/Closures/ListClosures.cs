using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Features.Admin.Content;
using PurePhysio.Web.Features.OpeningHours;

namespace PurePhysio.Web.Features.Admin.Closures;

public sealed record ClosureListItem(int Id, DateOnly StartDate, DateOnly EndDate, string Reason, bool IsPast);

public sealed record SpecialHoursListItem(int Id, DateOnly Date, TimeRange Period, string Reason, bool IsPast);

/// <summary>The closures page: both lists and both forms (empty, or as posted when they had problems).</summary>
public sealed record ClosuresViewModel(
    IReadOnlyList<ClosureListItem> Closures,
    IReadOnlyList<SpecialHoursListItem> SpecialHours,
    CreateClosureViewModel NewClosure,
    CreateSpecialHoursViewModel NewSpecialHours);

/// <summary>Closures and special hours, newest first; past ones are marked so the page can set them apart.</summary>
public sealed class ListClosures(ClinicDbContext db, ClinicTimeZone clinicZone)
{
    public async Task<ClosuresViewModel> HandleAsync(CreateClosureViewModel? closure, CreateSpecialHoursViewModel? special, CancellationToken cancellationToken)
    {
        var today = await clinicZone.TodayAsync(cancellationToken);
        var closures = await db.Closures.AsNoTracking().OrderByDescending(c => c.StartDate).ToListAsync(cancellationToken);
        var specials = await db.SpecialOpeningHours.AsNoTracking().OrderByDescending(s => s.Date).ThenBy(s => s.Opens).ToListAsync(cancellationToken);
        return new ClosuresViewModel(
            closures.Select(c => new ClosureListItem(c.Id, c.StartDate, c.EndDate, c.Reason, c.EndDate < today)).ToList(),
            specials.Select(s => new SpecialHoursListItem(s.Id, s.Date, new TimeRange(s.Opens, s.Closes), s.Reason, s.Date < today)).ToList(),
            closure ?? new CreateClosureViewModel(),
            special ?? new CreateSpecialHoursViewModel());
    }
}
