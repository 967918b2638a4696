using System.Text.Json.Serialization;
using Microsoft.Playwright;

namespace PurePhysio.BrowserTests.Infrastructure;

/// <summary>What has keyboard focus, and whether a sighted keyboard user can see it.</summary>
public sealed record FocusedElement
{
    [JsonPropertyName("description")]
    public string Description { get; init; } = "";

    [JsonPropertyName("matchesSelector")]
    public bool MatchesSelector { get; init; }

    [JsonPropertyName("outline")]
    public string Outline { get; init; } = "";

    [JsonPropertyName("boxShadow")]
    public string BoxShadow { get; init; } = "";

    [JsonPropertyName("hasIndicator")]
    public bool HasIndicator { get; init; }

    [JsonPropertyName("inViewport")]
    public bool InViewport { get; init; }

    [JsonPropertyName("isBody")]
    public bool IsBody { get; init; }

    public bool IsVisiblyFocused => HasIndicator && InViewport;

    public override string ToString() => $"{Description} (outline: {Outline}; box-shadow: {BoxShadow}; in viewport: {InViewport})";
}

public static class Focus
{
    // Computed style, not the stylesheet: what the browser actually paints around the focused element.
    private const string Script = """
        selector => {
          const el = document.activeElement;
          if (!el || el === document.body) {
            return { description: 'body', isBody: true, matchesSelector: false, outline: '', boxShadow: '', hasIndicator: false, inViewport: false };
          }
          const style = getComputedStyle(el);
          const outlineWidth = parseFloat(style.outlineWidth) || 0;
          const hasOutline = style.outlineStyle !== 'none' && outlineWidth > 0 && style.outlineColor !== 'rgba(0, 0, 0, 0)';
          const hasShadow = style.boxShadow && style.boxShadow !== 'none';
          const rect = el.getBoundingClientRect();
          const inViewport = rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0
            && rect.top < window.innerHeight && rect.left < window.innerWidth;
          const text = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('name') || '').trim().replace(/\s+/g, ' ').slice(0, 60);
          return {
            description: `<${el.tagName.toLowerCase()}${el.id ? ' id="' + el.id + '"' : ''}> "${text}"`,
            isBody: false,
            matchesSelector: selector ? el.matches(selector) : false,
            outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
            boxShadow: style.boxShadow,
            hasIndicator: hasOutline || !!hasShadow,
            inViewport,
          };
        }
        """;

    public static Task<FocusedElement> CurrentAsync(IPage page, string? selector = null) =>
        page.EvaluateAsync<FocusedElement>(Script, selector);

    /// <summary>
    /// Presses Tab until the element matching <paramref name="selector"/> has focus, checking that every stop on
    /// the way shows a visible focus indicator. Fails if it is not reached within <paramref name="maxStops"/>.
    /// </summary>
    public static async Task TabToAsync(IPage page, string selector, int maxStops = 40)
    {
        var visited = new List<string>();
        for (var stop = 0; stop < maxStops; stop++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await CurrentAsync(page, selector);
            Assert.True(focused.IsBody || focused.IsVisiblyFocused, $"Focus is not visible on {page.Url} at {focused}.");
            visited.Add(focused.Description);
            if (focused.MatchesSelector)
            {
                return;
            }
        }

        Assert.Fail($"'{selector}' was not reached with Tab on {page.Url} within {maxStops} stops: {string.Join(" → ", visited)}");
    }
}
