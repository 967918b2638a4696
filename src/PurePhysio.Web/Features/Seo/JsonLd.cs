using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Html;

namespace PurePhysio.Web.Features.Seo;

/// <summary>
/// Writes schema.org structured data as a JSON-LD data block. A data block is never executed, so the
/// strict script-src CSP does not apply to it; the encoder escapes &lt; &gt; &amp; and quotes as \uXXXX so
/// staff-authored text can never close the script element.
/// </summary>
internal static class JsonLd
{
    public const string Context = "https://schema.org";

    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Default,
        WriteIndented = false,
    };

    public static IHtmlContent Script(JsonNode node) =>
        new HtmlString($"<script type=\"application/ld+json\">{node.ToJsonString(Options)}</script>");

    public static JsonObject Thing(string type, params (string Name, JsonNode? Value)[] properties)
    {
        var obj = new JsonObject { ["@type"] = type };
        foreach (var (name, value) in properties)
        {
            if (value is null || (value is JsonValue v && v.TryGetValue<string>(out var s) && string.IsNullOrWhiteSpace(s)) || value is JsonArray { Count: 0 })
            {
                continue;
            }

            obj[name] = value;
        }

        return obj;
    }

    /// <summary>The same object with "@context" as its first property, for a top-level data block.</summary>
    public static JsonObject Root(JsonObject thing)
    {
        var root = new JsonObject { ["@context"] = Context };
        foreach (var name in thing.Select(p => p.Key).ToList())
        {
            var value = thing[name];
            thing.Remove(name);
            root[name] = value;
        }

        return root;
    }

    public static JsonArray Array(IEnumerable<JsonNode?> items) => new([.. items]);
}
