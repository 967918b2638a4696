using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PurePhysio.Web.Features.Admin;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Admin;

/// <summary>The app on a clock that starts now and that the test moves on.</summary>
public sealed class MovableClockAppFactory : ClinicAppFactory
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}

public sealed class DisabledSessionTests(MovableClockAppFactory factory) : IClassFixture<MovableClockAppFactory>
{
    [Fact]
    public async Task DisablingAnAccountEndsItsOpenSessionWithinAMinute()
    {
        var admin = await factory.SignedInClientAsync(AdminRoles.Admin);
        var email = await factory.CreateStaffAsync(AdminRoles.Editor);
        var editor = factory.CreateAdminClient();
        using (var signIn = await editor.SignInAsync(email))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        var user = await factory.FindUserAsync(email);
        using (var disabled = await admin.SubmitAsync($"/admin/users/{user.Id}", "#access-form", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(2));

        using var after = await editor.GetAsync(new Uri("/admin/conditions", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("https://localhost/admin/sign-in", after.Headers.Location!.ToString(), StringComparison.Ordinal);
        using var stillAdmin = await admin.GetAsync(new Uri("/admin/conditions", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, stillAdmin.StatusCode);
    }
}
