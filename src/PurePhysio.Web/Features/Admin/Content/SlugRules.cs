using System.Text.RegularExpressions;

namespace PurePhysio.Web.Features.Admin.Content;

internal static partial class SlugRules
{
    /// <summary>Paths the site uses itself; a page at the site root must not take them.</summary>
    public static readonly IReadOnlySet<string> ReservedForPages = new HashSet<string>(StringComparer.Ordinal)
    {
        "admin", "conditions", "treatments", "team", "search", "enquiry", "enquiries", "error", "sitemap.xml", "robots.txt", "home",
        "css", "js", "lib", "images", "favicon.ico", "api", "health", "account", "login", "sign-in",
    };

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    /// <summary>The problem with a slug in words staff understand, or null when it is fine.</summary>
    public static string? Problem(string? slug, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(slug))
        {
            return "Enter the web address (slug), for example cervical-myelopathy.";
        }

        if (slug.Length > maxLength)
        {
            return $"The web address must be {maxLength} characters or fewer.";
        }

        return SlugPattern().IsMatch(slug)
            ? null
            : "The web address may contain only lowercase letters, digits and single hyphens between words, for example neck-pain.";
    }

    /// <summary>A suggested slug from a title: "Tennis Elbow (Lateral)" becomes "tennis-elbow-lateral".</summary>
    public static string FromTitle(string title)
    {
        var chars = title.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        return string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}
