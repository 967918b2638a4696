using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;
using QRCoder;

namespace PurePhysio.Web.Features.Admin.Account;

/// <summary>
/// A QR code as inline SVG: QRCoder encodes the text (error correction, masking), and the dark modules become one
/// path, so the page needs no script, no image request and no inline style (the CSP forbids those).
/// </summary>
internal static class QrCodeSvg
{
    public static IHtmlContent Render(string text, string label, int pixels = 220)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var size = matrix.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                if (matrix[y][x])
                {
                    path.Append(CultureInfo.InvariantCulture, $"M{x} {y}h1v1h-1z");
                }
            }
        }

        var svg = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<svg class=\"qr-code\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" width=\"{pixels}\" height=\"{pixels}\" ")
            .Append("role=\"img\" aria-label=\"").Append(System.Net.WebUtility.HtmlEncode(label)).Append("\" shape-rendering=\"crispEdges\">")
            // The quiet zone is part of the matrix; a white ground keeps the code readable on a dark page.
            .Append(CultureInfo.InvariantCulture, $"<rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/>")
            .Append("<path fill=\"#000\" d=\"").Append(path).Append("\"/></svg>");
        return new HtmlString(svg.ToString());
    }
}
