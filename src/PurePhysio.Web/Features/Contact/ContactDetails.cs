using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Features.Contact;

public sealed record HoursLine(string Days, string Hours);

/// <summary>Everything a visitor needs to reach the clinic, for the Contact page.</summary>
public sealed record ContactDetails(
    string ClinicName,
    string Phone,
    string Email,
    IReadOnlyList<string> AddressLines,
    string MapUrl,
    string DirectionsUrl,
    IReadOnlyList<string> Directions,
    IReadOnlyList<string> Parking,
    IReadOnlyList<string> PublicTransport,
    bool StepFreeAccess,
    IReadOnlyList<string> AccessibilityNotes,
    IReadOnlyList<HoursLine> Hours)
{
    /// <summary>The number as a tel: link: digits and a leading +, nothing else (spaces and brackets dropped).</summary>
    public string PhoneLink => TelLink(Phone);

    public static string TelLink(string phone) =>
        "tel:" + new string(phone.Where((c, i) => char.IsAsciiDigit(c) || (c == '+' && i == phone.TakeWhile(char.IsWhiteSpace).Count())).ToArray());

    public static IReadOnlyList<string> AddressOf(ClinicSettings s) =>
        new[] { s.StreetAddress, s.AddressLine2, s.Locality, s.Region, s.PostalCode }
            .Where(line => !string.IsNullOrWhiteSpace(line)).Select(line => line.Trim()).ToList();

    public static ContactDetails From(ClinicSettings s, IReadOnlyList<HoursLine> hours)
    {
        var address = AddressOf(s);
        var oneLine = string.Join(", ", address);
        return new ContactDetails(s.ClinicName, s.Phone, s.Email, address,
            OpenStreetMap.MapUrl(s.Latitude, s.Longitude, oneLine),
            OpenStreetMap.DirectionsUrl(s.Latitude, s.Longitude, oneLine),
            Paragraphs(s.Directions), Paragraphs(s.Parking), Paragraphs(s.PublicTransport),
            s.StepFreeAccess, Paragraphs(s.AccessibilityNotes), hours);
    }

    /// <summary>Plain text split at blank lines; single line breaks stay inside a paragraph.</summary>
    public static IReadOnlyList<string> Paragraphs(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => string.Join(' ', p.Split('\n', StringSplitOptions.TrimEntries)))
            .ToList();
}
