namespace PurePhysio.Web.Infrastructure;

internal static class SecurityHeadersExtensions
{
    // No inline scripts or styles and no third-party origins: the site needs none, and a strict
    // policy limits the damage if staff-authored content ever carried something it should not.
    private const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                // A page may ask for less (the password reset page, whose address holds a token: no-referrer).
                if (string.IsNullOrEmpty(headers["Referrer-Policy"]))
                {
                    headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                }

                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                return Task.CompletedTask;
            });
            await next();
        });
}
