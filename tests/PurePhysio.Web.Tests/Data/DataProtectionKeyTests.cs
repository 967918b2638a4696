using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Data;

public sealed class DataProtectionKeyTests
{
    /// <summary>A second app instance on the first one's database file.</summary>
    private sealed class SecondInstanceFactory(string databasePath) : ClinicAppFactory
    {
        protected override IDictionary<string, string?> Settings =>
            new Dictionary<string, string?> { ["ConnectionStrings:Clinic"] = $"Data Source={databasePath}" };
    }

    [Fact]
    public async Task KeysLiveInTheClinicDatabaseSoEveryInstanceReadsTheOthersTokens()
    {
        using var first = new ClinicAppFactory();
        var token = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("sign-in");

        using var second = new SecondInstanceFactory(Path.Combine(first.DataPath, "purephysio.db"));
        var read = second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(token);

        Assert.Equal("sign-in", read);
        Assert.NotEmpty(await first.WithDbAsync(db => db.DataProtectionKeys.AsNoTracking().ToListAsync()));
    }
}
