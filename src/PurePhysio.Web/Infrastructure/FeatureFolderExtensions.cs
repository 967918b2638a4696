using Microsoft.AspNetCore.Mvc.Razor;

namespace PurePhysio.Web.Infrastructure;

internal static class FeatureFolderExtensions
{
    /// <summary>
    /// Views live beside their controller in <c>Features/{Feature}/</c>; admin views in
    /// <c>Features/Admin/{Feature}/</c> (area "Admin"). Shared views in <c>Features/Shared/</c>.
    /// </summary>
    public static IMvcBuilder AddFeatureFolders(this IMvcBuilder mvc)
    {
        mvc.Services.Configure<RazorViewEngineOptions>(o =>
        {
            o.ViewLocationFormats.Clear();
            o.ViewLocationFormats.Add("/Features/{1}/{0}.cshtml");
            o.ViewLocationFormats.Add("/Features/Shared/{0}.cshtml");

            o.AreaViewLocationFormats.Clear();
            o.AreaViewLocationFormats.Add("/Features/{2}/{1}/{0}.cshtml");
            o.AreaViewLocationFormats.Add("/Features/{2}/Shared/{0}.cshtml");
            o.AreaViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
        });
        return mvc;
    }
}
