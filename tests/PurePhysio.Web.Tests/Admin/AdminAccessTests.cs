using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PurePhysio.Web.Features.Admin;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Admin;

/// <summary>
/// Every admin route, found from the app's own endpoint data (so a route added later is covered
/// without touching this test), turns anonymous visitors to the sign-in page and Editors away from Admin-only pages.
/// </summary>
public sealed partial class AdminAccessTests(ClinicAppFactory factory) : IClassFixture<ClinicAppFactory>
{
    private sealed record AdminRoute(string Method, string Url, bool AdminOnly, bool Anonymous);

    [GeneratedRegex(@"\{(?<name>[^}:?]+)(:[^}]*)?\}")]
    private static partial Regex RouteParameter();

    private List<AdminRoute> AdminRoutes()
    {
        var routes = new List<AdminRoute>();
        foreach (var endpoint in factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var action = endpoint.Metadata.GetMetadata<ControllerActionDescriptor>();
            if (action is null || !action.RouteValues.TryGetValue("area", out var area) || area != "Admin")
            {
                continue;
            }

            var template = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            // Parameters get a value of their type: ids 1, "up" for the move direction, any text otherwise.
            var url = RouteParameter().Replace(template, m => m.Value.Contains(":int", StringComparison.Ordinal) || m.Value.Contains(":long", StringComparison.Ordinal) ? "1"
                : m.Groups["name"].Value == "direction" ? "up" : "x");
            var adminOnly = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == AdminPolicies.AdminOnly);
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            foreach (var method in endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                routes.Add(new AdminRoute(method, url, adminOnly, anonymous));
            }
        }

        return routes;
    }

    private static HttpRequestMessage Request(AdminRoute route) =>
        new(new HttpMethod(route.Method), new Uri(route.Url, UriKind.Relative))
        {
            Content = route.Method == "GET" ? null : new FormUrlEncodedContent([]),
        };

    [Fact]
    public void TheAdminAreaHasTheRoutesStaffNeed()
    {
        var urls = AdminRoutes().Select(r => $"{r.Method} {r.Url}").ToList();
        Assert.Contains("GET /admin/conditions", urls);
        Assert.Contains("POST /admin/conditions/1/edit", urls);
        Assert.Contains("GET /admin/users", urls);
        Assert.True(urls.Count > 40, $"Only {urls.Count} admin routes found");
    }

    [Fact]
    public async Task EveryAdminRouteSendsAnonymousVisitorsToSignIn()
    {
        var client = factory.CreateAdminClient();
        var routes = AdminRoutes().Where(r => !r.Anonymous).ToList();
        Assert.NotEmpty(routes);

        foreach (var route in routes)
        {
            using var request = Request(route);
            using var response = await client.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{route.Method} {route.Url} answered {(int)response.StatusCode}");
            Assert.StartsWith("https://localhost/admin/sign-in?ReturnUrl=", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void OnlySigningInAndForgottenPasswordsAreOpenToAnonymousVisitors()
    {
        var open = AdminRoutes().Where(r => r.Anonymous).Select(r => $"{r.Method} {r.Url}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
        [
            "GET /admin/forgot-password", "GET /admin/forgot-password/sent", "GET /admin/reset-password", "GET /admin/sign-in", "GET /admin/sign-in/two-factor",
            "POST /admin/forgot-password", "POST /admin/reset-password", "POST /admin/sign-in", "POST /admin/sign-in/recovery-code", "POST /admin/sign-in/two-factor",
        ], open);
    }

    [Fact]
    public void EveryPostOpenToAnonymousVisitorsIsRateLimitedPerClient()
    {
        var posts = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null
                && e.Metadata.GetMetadata<ControllerActionDescriptor>()?.RouteValues["area"] == "Admin"
                && e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("POST") == true)
            .ToList();
        Assert.Equal(5, posts.Count);
        Assert.All(posts, e => Assert.Equal(AdminServiceCollectionExtensions.SignInRateLimitPolicy,
            e.Metadata.GetMetadata<Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute>()?.PolicyName));
    }

    [Fact]
    public async Task EditorsAreForbiddenOnEveryAdminOnlyRoute()
    {
        var client = await factory.SignedInClientAsync(AdminRoles.Editor);
        var routes = AdminRoutes().Where(r => r.AdminOnly).ToList();
        Assert.Contains(routes, r => r.Url == "/admin/users");
        Assert.Contains(routes, r => r.Url == "/admin/audit");
        Assert.Contains(routes, r => r.Url == "/admin/settings");

        foreach (var route in routes)
        {
            using var request = Request(route);
            using var response = await client.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{route.Method} {route.Url} answered {(int)response.StatusCode}");
        }

        var page = await Html.ParseAsync(await client.GetAsync(new Uri("/admin/users", UriKind.Relative)));
        Assert.Equal("Access denied", page.One("main h1").Text());
    }

    [Fact]
    public async Task EditorsCanReachTheContentScreens()
    {
        var client = await factory.SignedInClientAsync(AdminRoles.Editor);

        foreach (var url in new[] { "/admin", "/admin/conditions", "/admin/pages", "/admin/testimonials", "/admin/opening-hours", "/admin/closures" })
        {
            var page = await client.GetDocumentAsync(url);
            Assert.NotNull(page.QuerySelector("main h1"));
            Assert.Empty(page.QuerySelectorAll("nav[aria-label='Admin'] a[href='/admin/users']"));
            Assert.Empty(page.QuerySelectorAll("a[href^='/admin/enquiries']"));
        }
    }

    [Fact]
    public async Task AdminPostsWithoutAnAntiforgeryTokenAreRefused()
    {
        var client = await factory.SignedInClientAsync(AdminRoles.Admin);
        var posts = AdminRoutes().Where(r => r.Method == "POST" && !r.Anonymous).ToList();

        foreach (var route in posts)
        {
            using var request = Request(route);
            using var response = await client.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{route.Method} {route.Url} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task AdminPagesAreNeverCached()
    {
        var client = await factory.SignedInClientAsync(AdminRoles.Admin);

        using var response = await client.GetAsync(new Uri("/admin/conditions", UriKind.Relative));

        Assert.True(response.Headers.CacheControl?.NoStore, "Cache-Control: no-store expected on admin pages");
    }
}
