using PurePhysio.Web.Data;

namespace PurePhysio.Web.Features.Shared;

/// <summary>
/// The one place that knows where patients find a condition, a page, a practitioner or a treatment.
/// Search results, the sitemap, slug redirects, structured data, the enquiry form and the admin area
/// all ask here, so an address scheme changes in one file (and in the public controllers' routes,
/// which these must match; tests follow each of these paths to its page).
/// </summary>
internal static class PublicPaths
{
    public const string Home = "/";

    public const string Conditions = "/conditions";

    public const string Enquiry = "/enquiry";

    public const string Team = "/team";

    public const string Treatments = "/treatments";

    public const string Search = "/search";

    /// <summary>The seeded About page (a static page staff edit).</summary>
    public const string About = "/about";

    /// <summary>A condition article, e.g. "/conditions/back-pain" (route of <c>Features/Conditions/ConditionsController.Details</c>).</summary>
    public static string Condition(string slug) => $"{Conditions}/{slug}";

    /// <summary>A page at the site root, e.g. "/privacy-policy"; the home page's intro page is the front page "/".</summary>
    public static string Page(string slug) => slug == SeedData.HomePageSlug ? Home : $"/{slug}";

    /// <summary>A practitioner's profile, e.g. "/team/jane-smith" (route of <c>Features/Team/TeamController.Details</c>).</summary>
    public static string Practitioner(string slug) => $"{Team}/{slug}";

    /// <summary>A treatment, e.g. "/treatments/acupuncture" (route of <c>Features/Treatments/TreatmentsController.Details</c>).</summary>
    public static string Treatment(string slug) => $"{Treatments}/{slug}";
}
