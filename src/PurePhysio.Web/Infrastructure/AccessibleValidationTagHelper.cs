using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace PurePhysio.Web.Infrastructure;

/// <summary>
/// Ties a field's error message to the field for screen readers: the validation message gets the id
/// <c>{field id}-error</c>, and a field with errors gets <c>aria-invalid</c> and <c>aria-describedby</c>
/// pointing at it (added to any hint ids already there). Runs after the built-in tag helpers.
/// </summary>
[HtmlTargetElement("input", Attributes = ForAttribute)]
[HtmlTargetElement("textarea", Attributes = ForAttribute)]
[HtmlTargetElement("select", Attributes = ForAttribute)]
[HtmlTargetElement("span", Attributes = ValidationForAttribute)]
public sealed class AccessibleValidationTagHelper : TagHelper
{
    private const string ForAttribute = "asp-for";
    private const string ValidationForAttribute = "asp-validation-for";

    [HtmlAttributeName(ForAttribute)]
    public Microsoft.AspNetCore.Mvc.ViewFeatures.ModelExpression? For { get; set; }

    [HtmlAttributeName(ValidationForAttribute)]
    public Microsoft.AspNetCore.Mvc.ViewFeatures.ModelExpression? ValidationFor { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var expression = For ?? ValidationFor;
        if (expression is null)
        {
            return;
        }

        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(expression.Name);
        var errorId = TagBuilder.CreateSanitizedId(name, "_") + "-error";
        var hasErrors = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0;

        if (ValidationFor is not null)
        {
            output.Attributes.SetAttribute("id", errorId);
            return;
        }

        if (hasErrors)
        {
            output.Attributes.SetAttribute("aria-invalid", "true");
            var existing = output.Attributes.TryGetAttribute("aria-describedby", out var describedBy) ? describedBy.Value?.ToString() : null;
            output.Attributes.SetAttribute("aria-describedby", string.IsNullOrEmpty(existing) ? errorId : $"{existing} {errorId}");
        }
    }
}
