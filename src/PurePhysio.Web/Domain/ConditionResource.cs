namespace PurePhysio.Web.Domain;

/// <summary>An external resource for further reading, such as a BMJ article.</summary>
public class ConditionResource
{
    public const int TitleMaxLength = 200;
    public const int UrlMaxLength = 500;

    public int Id { get; set; }
    public int ConditionId { get; set; }
    public required string Title { get; set; }
    public required string Url { get; set; }

    /// <summary>Who publishes it, e.g. "The British Medical Journal".</summary>
    public string Publisher { get; set; } = "";
    public int SortOrder { get; set; }
}
