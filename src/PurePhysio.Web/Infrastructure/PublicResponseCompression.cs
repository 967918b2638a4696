using Microsoft.AspNetCore.ResponseCompression;

namespace PurePhysio.Web.Infrastructure;

/// <summary>
/// Brotli or gzip for what patients download (public pages, the sitemap, CSS and scripts): a phone on a
/// slow connection gets a third of the bytes. Never for responses that can carry a secret beside text an
/// attacker chose (the BREACH attack on compressed HTTPS): the admin area and the enquiry pages, which
/// hold antiforgery tokens and show a posted form again. Public pages carry no per-visitor secret (the
/// enquiry form beside an article has no token: ADR 0003).
/// </summary>
internal static class PublicResponseCompression
{
    public static IServiceCollection AddPublicResponseCompression(this IServiceCollection services) =>
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/ld+json", "image/x-icon"]);
        });

    public static IApplicationBuilder UsePublicResponseCompression(this IApplicationBuilder app) =>
        app.UseWhen(http => MayCompress(http.Request.Path), branch => branch.UseResponseCompression());

    private static bool MayCompress(PathString path) =>
        !path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase)
        && !path.StartsWithSegments("/enquiry", StringComparison.OrdinalIgnoreCase);
}
