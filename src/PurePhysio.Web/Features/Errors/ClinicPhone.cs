using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;

namespace PurePhysio.Web.Features.Errors;

/// <summary>
/// The clinic's phone number for the 500 page, read once at start-up: the page must work when the database
/// does not, so it never asks the database itself. A number changed in the admin area shows after a restart.
/// </summary>
public sealed class ClinicPhone
{
    public string? Number { get; private set; }

    /// <summary>Reads the number from the clinic settings; the page says "phone the clinic" without one if that fails.</summary>
    public static async Task LoadAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var phone = services.GetRequiredService<ClinicPhone>();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClinicDbContext>();
        var number = await db.ClinicSettings.AsNoTracking().OrderBy(s => s.Id).Select(s => s.Phone).FirstOrDefaultAsync(cancellationToken);
        phone.Number = string.IsNullOrWhiteSpace(number) ? null : number.Trim();
    }
}
