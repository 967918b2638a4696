using Microsoft.Extensions.Options;

namespace PurePhysio.Web.Features.Seo;

public sealed class SiteOptions
{
    public const string SectionName = "Site";

    /// <summary>The public address, e.g. https://www.purephysio.co.uk; when empty, the request's own scheme and host.</summary>
    public string BaseUrl { get; set; } = "";
}

/// <summary>Absolute, canonical addresses for canonical links, Open Graph, the sitemap and structured data.</summary>
public sealed class SiteUrls(IOptions<SiteOptions> options)
{
    public string BaseUrl(HttpRequest request)
    {
        var configured = options.Value.BaseUrl;
        var baseUrl = string.IsNullOrWhiteSpace(configured)
            ? $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}"
            : configured.Trim();
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
}
