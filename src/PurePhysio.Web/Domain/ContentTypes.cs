namespace PurePhysio.Web.Domain;

public static class ContentTypes
{
    public const string Condition = "Condition";
    public const string Page = "Page";
}
