using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Tests.Infrastructure;
using PurePhysio.Web.Tests.Operations;

namespace PurePhysio.Web.Tests.Data;

/// <summary>
/// Which row "the first" of an unordered set is, is up to the database. Outside Production such a query fails, so the
/// tests find it; in Production it only logs EF Core's warning, so a page never breaks over it.
/// </summary>
public sealed class UnorderedFirstRowTests
{
    [Fact]
    public async Task OutsideProductionAQueryForTheFirstOfAnUnorderedTableFails()
    {
        using var factory = new ClinicAppFactory();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            factory.WithDbAsync(db => db.ClinicSettings.AsNoTracking().FirstOrDefaultAsync()));

        Assert.Contains("FirstWithoutOrderByAndFilterWarning", error.Message, StringComparison.Ordinal);
        Assert.NotNull(await factory.WithDbAsync(db => db.ClinicSettings.AsNoTracking().OrderBy(s => s.Id).FirstOrDefaultAsync()));
    }

    [Fact]
    public async Task InProductionTheSameQueryOnlyWarns()
    {
        using var factory = new EnvironmentAppFactory("Production", new Dictionary<string, string?> { ["Site:BaseUrl"] = "https://www.purephysio.test" });

        var settings = await factory.WithDbAsync(db => db.ClinicSettings.AsNoTracking().FirstOrDefaultAsync());

        Assert.NotNull(settings);
        Assert.Contains(factory.Logs.Events, e => e.Level == Serilog.Events.LogEventLevel.Warning
            && TestLogSink.Render(e).Contains("without 'OrderBy'", StringComparison.Ordinal));
    }
}
