using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace PurePhysio.Web.Features.Media;

/// <summary>
/// Serves renditions at content-addressed URLs (<c>/media/{sha256}-{width}.{format}</c>): only the fixed widths
/// and formats exist, and a URL's bytes never change, so browsers and proxies may keep them for a year.
/// </summary>
public sealed partial class MediaController(RenditionStore renditions) : Controller
{
    public const string ImmutableCacheControl = "public, max-age=31536000, immutable";

    [HttpGet("/media/{file}")]
    public async Task<IActionResult> Rendition(string file, CancellationToken cancellationToken)
    {
        var match = RenditionName().Match(file);
        if (!match.Success || !int.TryParse(match.Groups["width"].ValueSpan, out var width)
            || !Renditions.IsKnown(width, match.Groups["ext"].Value))
        {
            return NotFound();
        }

        var hash = match.Groups["hash"].Value;
        var extension = match.Groups["ext"].Value;
        var path = await renditions.GetAsync(hash, width, extension, cancellationToken);
        if (path is null)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = ImmutableCacheControl;
        // The name is the content: the ETag never needs the file read, and If-None-Match gets a 304.
        return PhysicalFile(path, Renditions.ContentType(extension), lastModified: null,
            entityTag: new EntityTagHeaderValue($"\"{hash[..32]}-{width}-{extension}\""));
    }

    [GeneratedRegex("^(?<hash>[0-9a-f]{64})-(?<width>[0-9]{3,4})\\.(?<ext>[a-z]{3,4})$", RegexOptions.CultureInvariant)]
    private static partial Regex RenditionName();
}
