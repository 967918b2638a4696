using System.Globalization;

namespace PurePhysio.Web.Features.Contact;

/// <summary>
/// Plain links to openstreetmap.org (no embedded map, no third-party script on our pages): the clinic on
/// the map, and directions to it. With a position they point at it exactly; without, they search the address.
/// </summary>
internal static class OpenStreetMap
{
    private const string Site = "https://www.openstreetmap.org";

    public static string MapUrl(double? latitude, double? longitude, string address) =>
        latitude is { } lat && longitude is { } lon
            ? $"{Site}/?mlat={Coordinate(lat)}&mlon={Coordinate(lon)}#map=17/{Coordinate(lat)}/{Coordinate(lon)}"
            : $"{Site}/search?query={Uri.EscapeDataString(address)}";

    /// <summary>The directions planner with the clinic as destination; the visitor adds where they start from.</summary>
    public static string DirectionsUrl(double? latitude, double? longitude, string address) =>
        latitude is { } lat && longitude is { } lon
            ? $"{Site}/directions?to={Uri.EscapeDataString(Coordinate(lat) + "," + Coordinate(lon))}"
            : $"{Site}/directions?to={Uri.EscapeDataString(address)}";

    public static string Coordinate(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
