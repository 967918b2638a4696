namespace PurePhysio.Web.Domain;

/// <summary>A member of the clinical team as patients see them on /team: who they are and why they can be trusted.</summary>
public class Practitioner
{
    public const int NameMaxLength = 120;
    public const int SlugMaxLength = 120;
    public const int RoleMaxLength = 120;
    public const int RegistrationNumberMaxLength = 30;
    public const int ListMaxLength = 2000;
    public const int BioMaxLength = 8000;

    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }

    /// <summary>Job title, e.g. "Senior Physiotherapist".</summary>
    public required string Role { get; set; }

    /// <summary>The statutory regulator they are registered with; <see cref="Regulator.None"/> for roles without one.</summary>
    public Regulator RegistrationBody { get; set; }

    /// <summary>Their number on the regulator's register, e.g. PH123456.</summary>
    public string RegistrationNumber { get; set; } = "";

    /// <summary>One per line, e.g. "BSc (Hons) Physiotherapy, University of Leeds".</summary>
    public string Qualifications { get; set; } = "";

    /// <summary>Professional bodies, one per line, e.g. "Chartered Society of Physiotherapy (CSP)".</summary>
    public string Memberships { get; set; } = "";

    /// <summary>One per line, e.g. "Running injuries".</summary>
    public string SpecialInterests { get; set; } = "";

    /// <summary>A short biography in Markdown (rendered through the sanitizing MarkdownRenderer).</summary>
    public string Bio { get; set; } = "";

    /// <summary>Their photo from the media library (on /team and the profile, and the Person's image); null for none.</summary>
    public int? PhotoId { get; set; }
    public MediaImage? Photo { get; set; }

    public int SortOrder { get; set; }
    public bool IsPublished { get; set; }

    /// <summary>Seeded stand-in that staff must replace with a real team member; flagged in the admin list until they do.</summary>
    public bool IsPlaceholder { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Condition articles about what they treat.</summary>
    public List<Condition> Conditions { get; set; } = [];

    public static IReadOnlyList<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>UK statutory regulators whose public registers a patient can search.</summary>
public enum Regulator
{
    None = 0,

    /// <summary>Health and Care Professions Council: physiotherapists, podiatrists, dietitians ...</summary>
    Hcpc = 1,

    /// <summary>General Medical Council: doctors.</summary>
    Gmc = 2,

    /// <summary>Nursing and Midwifery Council.</summary>
    Nmc = 3,

    /// <summary>General Osteopathic Council.</summary>
    Gosc = 4,

    /// <summary>General Chiropractic Council.</summary>
    Gcc = 5,
}
