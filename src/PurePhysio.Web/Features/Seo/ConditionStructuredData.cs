using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PurePhysio.Web.Features.Conditions;
using PurePhysio.Web.Features.Shared;

namespace PurePhysio.Web.Features.Seo;

/// <summary>
/// A condition page as schema.org sees it: a MedicalWebPage about a MedicalCondition, with its
/// breadcrumb. Built from the page's own view model so the data cannot drift from what patients read.
/// </summary>
internal static partial class ConditionStructuredData
{
    private sealed record KnownTest(Regex Pattern, string Type, string Name, string? Technique);

    // Tests the articles name in passing ("an MRI scan will be required"): recognised from the text so
    // staff need not fill in a separate field.
    private static readonly KnownTest[] KnownTests =
    [
        new(MriPattern(), "ImagingTest", "MRI scan", "https://schema.org/MRI"),
        new(XRayPattern(), "ImagingTest", "X-ray", "https://schema.org/XRay"),
        new(CtPattern(), "ImagingTest", "CT scan", "https://schema.org/CT"),
        new(UltrasoundPattern(), "ImagingTest", "Ultrasound scan", "https://schema.org/Ultrasound"),
        new(NerveConductionPattern(), "MedicalTest", "Nerve conduction study", null),
        new(BloodTestPattern(), "BloodTest", "Blood test", null),
    ];

    public static JsonObject Build(ConditionDetailsViewModel model, IReadOnlyList<BreadcrumbItem> breadcrumb, Func<string, string> absolute)
    {
        var url = absolute(PublicPaths.Condition(model.Slug));
        var text = string.Join('\n', model.Introduction, model.Body);

        var condition = JsonLd.Thing("MedicalCondition",
            ("name", model.Title),
            ("alternateName", model.AlternativeNames.Count == 0 ? null : JsonLd.Array(model.AlternativeNames.Select(n => (JsonNode)n))),
            ("description", model.Summary),
            ("url", url),
            ("signOrSymptom", JsonLd.Array(model.Symptoms.Select(s => JsonLd.Thing("MedicalSignOrSymptom", ("name", s))))),
            ("possibleTreatment", JsonLd.Thing("PhysicalTherapy", ("name", "Physiotherapy"))),
            ("typicalTest", JsonLd.Array(TestsMentionedIn(text))));
        JsonObject? image = null;
        if (model.Images.Picture is { } picture)
        {
            var (width, height) = Media.ShareImage.Size(picture);
            image = JsonLd.Thing("ImageObject",
                ("url", absolute(Media.ShareImage.Path(picture))),
                ("width", width),
                ("height", height),
                ("caption", picture.Caption.Length > 0 ? picture.Caption : picture.AltText),
                ("creditText", picture.Credit));
            condition["image"] = absolute(Media.ShareImage.Path(picture));
        }

        var page = JsonLd.Thing("MedicalWebPage",
            ("@id", url + "#webpage"),
            ("url", url),
            ("name", model.Title),
            ("description", model.Summary),
            ("inLanguage", "en-GB"),
            ("about", condition),
            ("mainEntity", new JsonObject { ["@id"] = url + "#condition" }),
            ("lastReviewed", model.LastReviewedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("reviewedBy", model.ReviewedBy is { } r ? TeamStructuredData.PersonReference(absolute("/").TrimEnd('/'), r.Name, r.Role, r.Slug)
                : model.ReviewerName.Length > 0 ? JsonLd.Thing("Person", ("name", model.ReviewerName)) : null),
            ("dateModified", model.UpdatedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture)),
            ("primaryImageOfPage", image),
            ("relatedLink", JsonLd.Array(model.Resources.Select(r => (JsonNode)r.Url))),
            ("breadcrumb", Breadcrumb(breadcrumb, absolute)));
        condition["@id"] = url + "#condition";
        return JsonLd.Root(page);
    }

    public static JsonObject Breadcrumb(IReadOnlyList<BreadcrumbItem> items, Func<string, string> absolute) =>
        JsonLd.Thing("BreadcrumbList",
            ("itemListElement", JsonLd.Array(items.Select((item, i) => JsonLd.Thing("ListItem",
                ("position", i + 1),
                ("name", item.Text),
                ("item", absolute(item.Url)))))));

    private static IEnumerable<JsonNode> TestsMentionedIn(string text) =>
        KnownTests.Where(t => t.Pattern.IsMatch(text))
            .Select(t => JsonLd.Thing(t.Type, ("name", t.Name), ("imagingTechnique", t.Technique)));

    [GeneratedRegex(@"\bMRI\b|\bmagnetic resonance imaging\b", RegexOptions.IgnoreCase)]
    private static partial Regex MriPattern();

    [GeneratedRegex(@"\bx-?rays?\b", RegexOptions.IgnoreCase)]
    private static partial Regex XRayPattern();

    [GeneratedRegex(@"\bCT (scan|scans|imaging)\b|\bcomputed tomography\b", RegexOptions.IgnoreCase)]
    private static partial Regex CtPattern();

    [GeneratedRegex(@"\bultrasound\b", RegexOptions.IgnoreCase)]
    private static partial Regex UltrasoundPattern();

    [GeneratedRegex(@"\bnerve conduction (study|studies|test|tests)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NerveConductionPattern();

    [GeneratedRegex(@"\bblood tests?\b", RegexOptions.IgnoreCase)]
    private static partial Regex BloodTestPattern();
}
