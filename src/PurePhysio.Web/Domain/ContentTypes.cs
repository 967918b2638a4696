namespace PurePhysio.Web.Domain;

internal static class ContentTypes
{
    public const string Condition = "Condition";
    public const string Page = "Page";
}
