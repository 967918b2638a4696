using Microsoft.Extensions.Options;

namespace PurePhysio.Web.Features.Seo;

public sealed class SiteOptions
{
    public const string SectionName = "Site";

    /// <summary>
    /// The public address, e.g. https://www.purephysio.co.uk. Required in Production. When empty (Development,
    /// tests), only a loopback request host is used, so a forged Host header never reaches a link or a cached page.
    /// </summary>
    public string BaseUrl { get; set; } = "";

    /// <summary>Null when the setting is usable in this environment, otherwise what to fix (start-up stops with it).</summary>
    public static string? Problem(string? baseUrl, IHostEnvironment environment)
    {
        if (string.IsNullOrWhiteSpace(baseUrl))
        {
            return environment.IsProduction()
                ? "Site:BaseUrl must be set in Production to the site's public address, e.g. https://www.purephysio.co.uk " +
                  "(environment variable Site__BaseUrl). Canonical links, the sitemap and structured data are built from it, never from the request's Host header."
                : null;
        }

        return Uri.TryCreate(baseUrl.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Query.Length == 0 && uri.Fragment.Length == 0
            ? null
            : $"Site:BaseUrl '{baseUrl}' is not an absolute http or https address such as https://www.purephysio.co.uk.";
    }
}

/// <summary>Absolute, canonical addresses for canonical links, Open Graph, the sitemap and structured data.</summary>
public sealed class SiteUrls(IOptions<SiteOptions> options)
{
    public string BaseUrl(HttpRequest request)
    {
        var configured = options.Value.BaseUrl;
        var baseUrl = string.IsNullOrWhiteSpace(configured) ? LocalBaseUrl(request) : configured.Trim();
        return baseUrl.TrimEnd('/').ToLowerInvariant();
    }

    /// <summary>The absolute canonical form of a site path: lower case, no trailing slash (the home page is "/").</summary>
    public string Absolute(HttpRequest request, string path) => BaseUrl(request) + CanonicalPath(path);

    public static string CanonicalPath(string? path)
    {
        // Repeated slashes collapse: "//host" must never come out, as a browser would read it as another site.
        var segments = (path ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        return ("/" + string.Join('/', segments)).ToLowerInvariant();
    }

    /// <summary>
    /// Without a configured address (never in Production): the request's host only when it names this machine
    /// (localhost, 127.0.0.1, [::1], with its port); any other Host header, which anyone can send, gives localhost.
    /// </summary>
    private static string LocalBaseUrl(HttpRequest request)
    {
        var host = request.Host;
        var name = host.Host;
        var isLoopback = string.Equals(name, "localhost", StringComparison.OrdinalIgnoreCase) ||
            (System.Net.IPAddress.TryParse(name.Trim('[', ']'), out var address) && System.Net.IPAddress.IsLoopback(address));
        var scheme = request.IsHttps ? "https" : "http";
        return isLoopback
            ? $"{scheme}://{host.ToUriComponent()}{request.PathBase.ToUriComponent()}"
            : $"{scheme}://localhost{request.PathBase.ToUriComponent()}";
    }
}
