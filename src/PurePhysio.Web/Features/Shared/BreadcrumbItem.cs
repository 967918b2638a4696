namespace PurePhysio.Web.Features.Shared;

public sealed record BreadcrumbItem(string Text, string Url);
