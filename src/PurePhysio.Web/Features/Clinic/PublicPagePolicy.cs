using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace PurePhysio.Web.Features.Clinic;

internal sealed class OutputCacheSettings
{
    public const string SectionName = "OutputCache";

    /// <summary>Off: every public page is rendered for every request (to measure or test the rendering path).</summary>
    public bool Enabled { get; set; } = true;
}

/// <summary>
/// Whole-page caching of the public pages whose actions carry <c>[OutputCache(PolicyName = PublicPagePolicy.Name)]</c>:
/// anonymous GET and HEAD only, one entry per path (case-sensitive: /Conditions is redirected, not served)
/// and response encoding whatever the query string, tagged by what the page shows (the site, plus the tags
/// the action adds through <see cref="CachedPageTags"/>), and never older than the clinic's next change of
/// state (<see cref="ClinicProfile.NextChangeAfter"/>).
/// <para>
/// It is the output cache's base policy and the middleware runs before routing, so a page in the cache is
/// answered without localization, canonical URLs, static files, routing, authentication or rate limiting.
/// A request is therefore looked up by its path alone; what it stores is decided once the response is
/// known: only a 200 from an action that opted in with the attribute, without cookies or no-store.
/// </para>
/// </summary>
internal sealed class PublicPagePolicy(
    IOptions<OutputCacheSettings> settings,
    ClinicProfileCache profiles,
    ISiteVersion version,
    IResponseCompressionProvider compression,
    TimeProvider time) : IOutputCachePolicy
{
    public const string Name = "PublicPage";

    /// <summary>The staff sign-in cookie: a request that carries it is never served nor stored by the cache.</summary>
    public const string StaffCookieName = "PurePhysio.Staff";

    /// <summary><c>HttpContext.Items</c> key with how the output cache treated the request: hit, miss or bypass.</summary>
    public const string OutcomeItem = "OutputCache";

    private static readonly object StartVersionItem = new();

    /// <summary>Paths that are never public pages (forms, search results, the admin area, files, errors): not even looked up.</summary>
    private static readonly string[] NeverCached = ["/admin", "/enquiry", "/search", "/health", "/error", "/media"];

    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var request = http.Request;
        if (!MayBePublicPage(request.Path) || http.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            context.EnableOutputCaching = false;
            return;
        }

        var cacheable = settings.Value.Enabled
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !request.Cookies.ContainsKey(StaffCookieName)
            && !request.Headers.ContainsKey(HeaderNames.Authorization)
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
        // Stored as sent: compressed for a browser that takes Brotli or gzip, plain for one that takes neither.
        // The key holds the encoding the compression middleware will choose, never the raw header, so odd
        // Accept-Encoding values cannot create entries.
        context.CacheVaryByRules.VaryByValues["encoding"] = EncodingOf(http);
        context.ResponseExpirationTimeSpan = until - now > TimeSpan.FromSeconds(1) ? until - now : TimeSpan.FromSeconds(1);
        context.Tags.Add(CacheTags.Site);
        http.Items[OutcomeItem] = "hit";
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) =>
        ValueTask.CompletedTask;

    async ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var response = http.Response;
        var optedIn = http.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>()?.PolicyName == Name;
        http.Items[OutcomeItem] = optedIn ? "miss" : "none";
        if (!optedIn
            || response.StatusCode != StatusCodes.Status200OK
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

    /// <summary>False for what is never a public page: the prefixes above and files (a dot in the last segment) but the two crawler files.</summary>
    private static bool MayBePublicPage(PathString path)
    {
        foreach (var prefix in NeverCached)
        {
            if (path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        var value = path.Value ?? "/";
        var lastSegment = value.AsSpan(value.LastIndexOf('/') + 1);
        return !lastSegment.Contains('.') || value is "/robots.txt" or "/sitemap.xml";
    }

    private string EncodingOf(HttpContext http) =>
        http.Request.Headers.ContainsKey(HeaderNames.AcceptEncoding) && compression.CheckRequestAcceptsCompression(http)
            ? compression.GetCompressionProvider(http)?.EncodingName ?? "identity"
            : "identity";
}

/// <summary>Lets a public action name what its page shows, so that a save evicts exactly the pages it changes.</summary>
internal static class CachedPageTags
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
