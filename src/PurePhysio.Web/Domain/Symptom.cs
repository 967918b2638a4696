namespace PurePhysio.Web.Domain;

public class Symptom
{
    public const int TextMaxLength = 300;

    public int Id { get; set; }
    public int ConditionId { get; set; }
    public required string Text { get; set; }
    public int SortOrder { get; set; }
}
