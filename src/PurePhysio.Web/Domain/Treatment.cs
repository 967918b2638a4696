namespace PurePhysio.Web.Domain;

/// <summary>A service the clinic offers (initial assessment, sports massage ...): what happens, how long, what it costs.</summary>
public class Treatment
{
    public const int NameMaxLength = 120;
    public const int SlugMaxLength = 120;
    public const int SummaryMaxLength = 300;
    public const int TextMaxLength = 8000;
    public const int MaxDurationMinutes = 480;
    public const decimal MaxPrice = 10000m;

    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }

    /// <summary>Plain text for the treatments list and the meta description.</summary>
    public required string Summary { get; set; }

    /// <summary>Markdown: what happens in a session.</summary>
    public string WhatHappens { get; set; } = "";

    /// <summary>Markdown: who the treatment suits.</summary>
    public string WhoItSuits { get; set; } = "";

    public int DurationMinutes { get; set; }

    public PriceKind PriceKind { get; set; }

    /// <summary>In pounds; null only when <see cref="PriceKind"/> is <see cref="PriceKind.Free"/>.</summary>
    public decimal? Price { get; set; }

    /// <summary>Seeded price that staff have not confirmed yet; flagged in the admin until they do.</summary>
    public bool PriceIsPlaceholder { get; set; }

    public bool VideoConsultationAvailable { get; set; }

    public int SortOrder { get; set; }
    public bool IsPublished { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Condition articles this treatment helps with; each links back here.</summary>
    public List<Condition> Conditions { get; set; } = [];
}

public enum PriceKind
{
    /// <summary>A set price: "£55".</summary>
    Fixed = 0,

    /// <summary>A starting price: "from £40".</summary>
    From = 1,

    /// <summary>No charge.</summary>
    Free = 2,
}
