using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Parser;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Seo;

/// <summary>
/// Patients' pages and files travel compressed; pages that hold an antiforgery token next to text a visitor
/// posted never do (BREACH); versioned stylesheets and scripts may be kept for a year.
/// </summary>
public sealed class CompressionAndStaticCachingTests(ClinicAppFactory factory) : IClassFixture<ClinicAppFactory>
{
    private async Task<HttpResponseMessage> GetAsync(string url, string encoding)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        return await client.SendAsync(request);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task AnArticleArrivesCompressedAndReadsTheSame(string encoding)
    {
        using var response = await GetAsync("/conditions/cervical-myelopathy", encoding);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        await using var body = await response.Content.ReadAsStreamAsync();
        await using Stream decoded = encoding == "br" ? new BrotliStream(body, CompressionMode.Decompress) : new GZipStream(body, CompressionMode.Decompress);
        using var reader = new StreamReader(decoded);
        var document = new HtmlParser().ParseDocument(await reader.ReadToEndAsync());
        Assert.Equal("Cervical Myelopathy", document.QuerySelector("h1")?.TextContent);
    }

    [Theory]
    [InlineData("/enquiry")]
    [InlineData("/admin/sign-in")]
    public async Task PagesWithAntiforgeryTokensAreNeverCompressed(string url)
    {
        using var response = await GetAsync(url, "br");

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"{url}: {response.StatusCode}");
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task VersionedStylesheetsAreCachedForAYearAndUnversionedOnesAreNot()
    {
        var home = await Html.ParseAsync(await GetAsync("/", "identity"));
        var stylesheet = home.One("link[rel='stylesheet']").GetAttribute("href")!;
        Assert.Contains("?v=", stylesheet, StringComparison.Ordinal);

        using var versioned = await GetAsync(stylesheet, "br");
        Assert.Equal(HttpStatusCode.OK, versioned.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", versioned.Headers.CacheControl?.ToString());
        Assert.Equal(["br"], versioned.Content.Headers.ContentEncoding);

        using var plain = await GetAsync(stylesheet[..stylesheet.IndexOf('?', StringComparison.Ordinal)], "identity");
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Null(plain.Headers.CacheControl?.MaxAge);
    }
}
