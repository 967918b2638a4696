namespace PurePhysio.Web.Features.Media;

/// <summary>What a page needs to show a library image: no bytes, just its description and rendition key.</summary>
public sealed record MediaImageView(
    int Id,
    string ContentHash,
    int Width,
    int Height,
    bool HasAlpha,
    string AltText,
    bool IsDecorative,
    string Caption,
    string Credit)
{
    /// <summary>The alt attribute: empty for decorative images, else the text given (falling back to the library's).</summary>
    public string AltFor(string? overrideText) =>
        IsDecorative ? "" : string.IsNullOrWhiteSpace(overrideText) ? AltText : overrideText.Trim();
}
