using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Primitives;

namespace PurePhysio.Web.Infrastructure;

/// <summary>
/// Browsers send a textarea's line breaks as CRLF (HTML form submission rules). Model binding sees them as LF, so
/// stored text is the same whichever browser sent it, and a form shown again with its errors does not write
/// <c>&amp;#xD;</c> into a textarea, which the HTML spec makes a parse error (the Nu Html Checker rejects it).
/// Antiforgery and anything else reading <c>Request.Form</c> directly see the form as sent.
/// </summary>
internal static class FormLineEndings
{
    public static IMvcBuilder AddFormLineEndingNormalization(this IMvcBuilder mvc)
    {
        mvc.Services.Configure<MvcOptions>(o =>
        {
            var index = o.ValueProviderFactories.IndexOf(o.ValueProviderFactories.OfType<FormValueProviderFactory>().Single());
            o.ValueProviderFactories[index] = new LfFormValueProviderFactory();
        });
        return mvc;
    }

    private sealed class LfFormValueProviderFactory : IValueProviderFactory
    {
        public async Task CreateValueProviderAsync(ValueProviderFactoryContext context)
        {
            var request = context.ActionContext.HttpContext.Request;
            if (!request.HasFormContentType)
            {
                return;
            }

            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync();
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException)
            {
                // As MVC's own form value provider does: a malformed or aborted body is a model binding failure (400).
                throw new ValueProviderException(ex.Message, ex);
            }

            var values = form.ToDictionary(
                field => field.Key,
                field => new StringValues(field.Value.Select(v => v?.Replace("\r\n", "\n", StringComparison.Ordinal)).ToArray()),
                StringComparer.OrdinalIgnoreCase);
            context.ValueProviders.Add(new FormValueProvider(
                BindingSource.Form, new FormCollection(values, form.Files), CultureInfo.CurrentCulture));
        }
    }
}
