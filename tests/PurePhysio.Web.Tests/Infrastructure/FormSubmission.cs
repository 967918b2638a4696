using AngleSharp.Html.Dom;

namespace PurePhysio.Web.Tests.Infrastructure;

/// <summary>
/// Posts a form the way a browser does: every field the page rendered (hidden antiforgery token
/// included) with the test's values on top, to the form's action, with the client's cookies.
/// </summary>
public static class FormSubmission
{
    public static Dictionary<string, string> FieldsOf(IHtmlFormElement form)
    {
        var fields = new Dictionary<string, string>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    if (input.Type is "checkbox" or "radio")
                    {
                        if (input.IsChecked)
                        {
                            fields[input.Name] = input.Value;
                        }
                    }
                    else if (input.Type == "hidden" && fields.ContainsKey(input.Name))
                    {
                        // MVC's checkbox pattern: a checked box's "true" comes first and wins over the hidden "false".
                    }
                    else if (input.Type is not ("submit" or "button" or "image" or "reset"))
                    {
                        fields[input.Name] = input.Value;
                    }

                    break;
                case IHtmlTextAreaElement textArea when !string.IsNullOrEmpty(textArea.Name):
                    fields[textArea.Name] = textArea.Value;
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields[select.Name] = select.Value ?? "";
                    break;
            }
        }

        return fields;
    }

    /// <summary>GETs <paramref name="pageUrl"/>, fills the form matched by <paramref name="formSelector"/> and posts it.</summary>
    /// <remarks>With <paramref name="buttonSelector"/>, submits with that button, as a browser does: its name/value and its formaction.</remarks>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string pageUrl, string formSelector,
        IReadOnlyDictionary<string, string> values, string? buttonSelector = null)
    {
        var page = await client.GetDocumentAsync(pageUrl);
        var form = (IHtmlFormElement)page.One(formSelector);
        return await client.PostFormAsync(form, pageUrl, values, buttonSelector);
    }

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, IHtmlFormElement form, string pageUrl,
        IReadOnlyDictionary<string, string> values, string? buttonSelector = null)
    {
        var fields = FieldsOf(form);
        foreach (var (key, value) in values)
        {
            fields[key] = value;
        }

        var button = buttonSelector is null ? null : form.One(buttonSelector);
        if (button?.GetAttribute("name") is { Length: > 0 } buttonName)
        {
            fields[buttonName] = button.GetAttribute("value") ?? "";
        }

        var action = button?.GetAttribute("formaction") is { Length: > 0 } formAction ? formAction : form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? pageUrl : action;
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(target, UriKind.Relative), content);
    }
}
