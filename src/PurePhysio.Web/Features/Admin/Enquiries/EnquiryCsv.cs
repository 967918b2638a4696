using System.Globalization;
using System.Text;

namespace PurePhysio.Web.Features.Admin.Enquiries;

/// <summary>
/// RFC 4180 CSV of enquiries. A cell a spreadsheet would run as a formula (starting with =, +, -, @,
/// tab or carriage return) gets a leading apostrophe, so a patient cannot plant a formula in staff's Excel.
/// </summary>
internal static class EnquiryCsv
{
    private static readonly string[] Header =
    [
        "Reference", "Received", "Status", "Name", "Email", "Phone", "Preferred contact", "Preferred times", "Reason", "Message",
        "Consent given", "Consent version", "Sent from",
    ];

    public static string Write(IEnumerable<EnquiryExportRow> rows, TimeZoneInfo zone)
    {
        var csv = new StringBuilder();
        Line(csv, Header);
        foreach (var r in rows)
        {
            Line(csv,
            [
                r.Reference, Local(r.CreatedAt, zone), r.Status.ToString(), r.Name, r.Email, r.Phone, r.PreferredContactMethod.ToString(), r.PreferredTimes,
                r.Reason, r.Message, Local(r.ConsentGivenAt, zone), r.ConsentVersion, r.SourcePage,
            ]);
        }

        return csv.ToString();
    }

    public static string Cell(string value)
    {
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static void Line(StringBuilder csv, IEnumerable<string> cells) => csv.Append(string.Join(',', cells.Select(Cell))).Append("\r\n");

    private static string Local(DateTimeOffset value, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(value, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
