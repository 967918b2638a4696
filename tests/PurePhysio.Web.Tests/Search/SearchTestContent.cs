using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Tests.Search;

/// <summary>Conditions and pages with made-up words, so a test's results cannot come from the seeded content.</summary>
internal static class SearchTestContent
{
    public static Condition Condition(string slug, string title, string body = "", string summary = "A test article.",
        bool isPublished = true, DateTimeOffset? publishedAt = null, params string[] symptoms) => new()
    {
        Title = title,
        Slug = slug,
        Summary = summary,
        Body = body,
        IsPublished = isPublished,
        PublishedAt = publishedAt ?? DateTimeOffset.UtcNow.AddMinutes(-1),
        CreatedAt = DateTimeOffset.UtcNow,
        UpdatedAt = DateTimeOffset.UtcNow,
        Symptoms = symptoms.Select((s, i) => new Symptom { Text = s, SortOrder = i + 1 }).ToList(),
    };

    public static StaticPage Page(string slug, string title, string body, string summary = "A test page.") => new()
    {
        Title = title,
        Slug = slug,
        Summary = summary,
        Body = body,
        IsPublished = true,
        PublishedAt = DateTimeOffset.UtcNow.AddMinutes(-1),
        CreatedAt = DateTimeOffset.UtcNow,
        UpdatedAt = DateTimeOffset.UtcNow,
    };
}
