namespace PurePhysio.Web.Domain;

/// <summary>
/// Records that a named seed step has run, so seeding never runs twice and never brings back
/// content that staff deleted on purpose.
/// </summary>
public class AppliedSeed
{
    public const int NameMaxLength = 100;

    public required string Name { get; set; }
    public DateTimeOffset AppliedAt { get; set; }
}
