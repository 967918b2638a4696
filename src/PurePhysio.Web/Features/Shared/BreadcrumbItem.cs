namespace PurePhysio.Web.Features.Shared;

internal sealed record BreadcrumbItem(string Text, string Url);
