namespace PurePhysio.Web.Features.Seo;

internal static class CanonicalUrlMiddleware
{
    // The admin area (staff sign-in included) keeps its own URL conventions; error re-execution is left alone.
    private static readonly string[] ExcludedPrefixes = ["/admin", "/error"];

    /// <summary>
    /// One address per page: a GET for /Conditions/Sciatica/ is sent (301) to /conditions/sciatica, query
    /// string kept. Files (a dot in the last segment) and anything but GET/HEAD pass through untouched.
    /// </summary>
    public static IApplicationBuilder UseCanonicalUrls(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            var path = request.Path.Value;
            if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                && path is { Length: > 1 }
                && !IsFile(path)
                && !path.Contains('\\', StringComparison.Ordinal)
                && !ExcludedPrefixes.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            {
                var canonical = SiteUrls.CanonicalPath(path);
                if (!string.Equals(canonical, path, StringComparison.Ordinal))
                {
                    context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                    context.Response.Headers.Location = request.PathBase.Add(new PathString(canonical)).ToUriComponent() + request.QueryString.ToUriComponent();
                    return;
                }
            }

            await next();
        });

    private static bool IsFile(string path)
    {
        var lastSegment = path.TrimEnd('/');
        return lastSegment[(lastSegment.LastIndexOf('/') + 1)..].Contains('.', StringComparison.Ordinal);
    }
}
