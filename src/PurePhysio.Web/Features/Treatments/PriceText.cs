using System.Globalization;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Features.Treatments;

/// <summary>How a treatment's price and length read to a patient: "£55", "from £40", "Free"; "45 minutes".</summary>
internal static class PriceText
{
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    public static string Format(PriceKind kind, decimal? price) => kind switch
    {
        PriceKind.Free => "Free",
        PriceKind.From => "from " + Pounds(price ?? 0m),
        _ => Pounds(price ?? 0m),
    };

    /// <summary>"£55" for whole pounds, "£55.50" otherwise.</summary>
    public static string Pounds(decimal amount) =>
        amount == decimal.Truncate(amount) ? "£" + amount.ToString("0", Uk) : "£" + amount.ToString("0.00", Uk);

    public static string Duration(int minutes) => minutes switch
    {
        < 60 => $"{minutes} minutes",
        60 => "1 hour",
        _ when minutes % 60 == 0 => $"{minutes / 60} hours",
        _ => $"{minutes / 60} h {minutes % 60} min",
    };

    /// <summary>ISO 8601 duration for machines, e.g. PT45M.</summary>
    public static string IsoDuration(int minutes) => $"PT{minutes}M";
}
