using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace PurePhysio.Web.Features.Clinic;

public sealed class OutputCacheSettings
{
    public const string SectionName = "OutputCache";

    /// <summary>Off: every public page is rendered for every request (to measure or test the rendering path).</summary>
    public bool Enabled { get; set; } = true;
}

/// <summary>
/// Whole-page caching of the public pages that carry <c>[OutputCache(PolicyName = PublicPagePolicy.Name)]</c>:
/// anonymous GET and HEAD only, one entry per path whatever the query string, tagged by what the page
/// shows (the site, plus the tags the action adds through <see cref="CachedPageTags"/>), and never
/// older than the clinic's next change of state (<see cref="ClinicProfile.NextChangeAfter"/>).
/// </summary>
public sealed class PublicPagePolicy(
    IOptions<OutputCacheSettings> settings,
    ClinicProfileCache profiles,
    ISiteVersion version,
    TimeProvider time) : IOutputCachePolicy
{
    public const string Name = "PublicPage";

    /// <summary><c>HttpContext.Items</c> key with how the output cache treated the request: hit, miss or bypass.</summary>
    public const string OutcomeItem = "OutputCache";

    private static readonly object StartVersionItem = new();

    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var cacheable = settings.Value.Enabled
            && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && http.User.Identity?.IsAuthenticated != true;
        if (!cacheable)
        {
            context.EnableOutputCaching = false;
            http.Items[OutcomeItem] = "bypass";
            return;
        }

        var startVersion = await version.CurrentAsync(cancellation);
        http.Items[StartVersionItem] = startVersion;

        var profile = await profiles.GetAsync(cancellation);
        var now = time.GetUtcNow();
        var until = profile.NextChangeAfter(now);

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.AllowLocking = true;
        // The key names the moment the entry stops being true, so even a clock that is not the store's
        // (another instance, a test's) never gets a page from before that moment after it.
        context.CacheVaryByRules.VaryByValues["until"] = until.UtcTicks.ToString(CultureInfo.InvariantCulture);
        context.ResponseExpirationTimeSpan = until - now > TimeSpan.FromSeconds(1) ? until - now : TimeSpan.FromSeconds(1);
        context.Tags.Add(CacheTags.Site);
        http.Items[OutcomeItem] = "hit";
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) =>
        ValueTask.CompletedTask;

    async ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        http.Items[OutcomeItem] = "miss";
        var response = http.Response;
        if (response.StatusCode != StatusCodes.Status200OK
            || response.Headers.SetCookie.Count > 0
            || HeaderUtilities.ContainsCacheDirective(response.Headers.CacheControl, CacheControlHeaderValue.NoStoreString)
            || HeaderUtilities.ContainsCacheDirective(response.Headers.CacheControl, CacheControlHeaderValue.PrivateString))
        {
            context.AllowCacheStorage = false;
            return;
        }

        // Staff saved something while this page was rendering: it may show the old content, so it is
        // sent to this visitor but not kept for the next.
        if (http.Items[StartVersionItem] is long started && started != await version.CurrentAsync(cancellation))
        {
            context.AllowCacheStorage = false;
        }
    }
}

/// <summary>Lets a public action name what its page shows, so that a save evicts exactly the pages it changes.</summary>
public static class CachedPageTags
{
    public static void TagCachedPage(this HttpContext context, params ReadOnlySpan<string> tags)
    {
        var cache = context.Features.Get<IOutputCacheFeature>();
        if (cache is null)
        {
            return;
        }

        foreach (var tag in tags)
        {
            cache.Context.Tags.Add(tag);
        }
    }
}
