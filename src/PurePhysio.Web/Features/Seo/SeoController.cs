using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using PurePhysio.Web.Features.Clinic;

namespace PurePhysio.Web.Features.Seo;

[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class SeoController(SitemapQueries sitemap, SiteUrls urls) : Controller
{
    private static readonly XNamespace SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [HttpGet("/sitemap.xml")]
    [HttpHead("/sitemap.xml")]
    public async Task<IActionResult> Sitemap(CancellationToken cancellationToken)
    {
        HttpContext.TagCachedPage(CacheTags.ConditionList, CacheTags.PageList);
        var entries = await sitemap.ListAsync(cancellationToken);
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(SitemapNamespace + "urlset",
                entries.Select(e => new XElement(SitemapNamespace + "url",
                    new XElement(SitemapNamespace + "loc", urls.Absolute(Request, e.Path)),
                    e.LastModified is { } modified
                        ? new XElement(SitemapNamespace + "lastmod", modified.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture))
                        : null))));

        await using var writer = new Utf8StringWriter();
        document.Save(writer);
        return Content(writer.ToString(), "application/xml", Encoding.UTF8);
    }

    [HttpGet("/robots.txt")]
    [HttpHead("/robots.txt")]
    public IActionResult Robots()
    {
        var text = new StringBuilder()
            .Append("User-agent: *\n")
            .Append("Disallow: /admin\n")
            .Append('\n')
            .Append("Sitemap: ").Append(urls.Absolute(Request, "/sitemap.xml")).Append('\n')
            .ToString();
        return Content(text, "text/plain", Encoding.UTF8);
    }

    private sealed class Utf8StringWriter : StringWriter
    {
        public Utf8StringWriter() : base(CultureInfo.InvariantCulture)
        {
        }

        public override Encoding Encoding => Encoding.UTF8;
    }
}
