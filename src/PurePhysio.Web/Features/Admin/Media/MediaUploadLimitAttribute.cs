using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;
using PurePhysio.Web.Features.Media;

namespace PurePhysio.Web.Features.Admin.Media;

/// <summary>
/// Lets an upload request be as large as the configured files allow (Kestrel's default is 30 MB for any
/// request) and no larger; each file is then checked against <see cref="MediaOptions.MaxUploadBytes"/>
/// with a message naming it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class MediaUploadLimitAttribute : Attribute, IResourceFilter, IOrderedFilter
{
    // Before model binding reads the form (as RequestFormLimitsAttribute does).
    public int Order => -2000;

    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<MediaOptions>>().Value;
        // Room for every file at the limit, plus one more MB, so a file just over the limit still arrives
        // and gets its own clear message instead of a broken connection.
        var limit = (options.MaxUploadBytes * options.MaxFilesPerUpload) + (2L * 1024 * 1024);
        if (context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        var request = context.HttpContext.Request;
        if (request.HasFormContentType && context.HttpContext.Features.Get<IFormFeature>() is not { Form: not null })
        {
            context.HttpContext.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions { MultipartBodyLengthLimit = limit }));
        }
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
