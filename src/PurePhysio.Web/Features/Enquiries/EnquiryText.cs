using System.Text;

namespace PurePhysio.Web.Features.Enquiries;

/// <summary>
/// What may be stored from the form: single-line fields (name, email, phone, times, reason) lose every
/// control character (CR, LF, tab, NUL, line and paragraph separators become one space); the message keeps
/// its line breaks and tabs but nothing else invisible. Staff see these in the inbox, CSV export and mail.
/// </summary>
internal static class EnquiryText
{
    public static string? SingleLine(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (IsControl(c) || char.IsWhiteSpace(c))
            {
                pendingSpace = text.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                text.Append(' ');
                pendingSpace = false;
            }

            text.Append(c);
        }

        return text.ToString();
    }

    public static string? MultiLine(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = new StringBuilder(value.Length);
        foreach (var c in value.ReplaceLineEndings("\n"))
        {
            if (c is '\n' or '\t' || !IsControl(c))
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    /// <summary>C0 and C1 controls, DEL, and the Unicode line/paragraph separators that some programs show as line breaks.</summary>
    private static bool IsControl(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';

    /// <summary>Cleans every text field of a posted enquiry in place.</summary>
    public static void Clean(CreateEnquiryViewModel input)
    {
        input.Name = SingleLine(input.Name);
        input.Email = SingleLine(input.Email);
        input.Phone = SingleLine(input.Phone);
        input.PreferredTimes = SingleLine(input.PreferredTimes);
        input.Reason = SingleLine(input.Reason);
        input.Message = MultiLine(input.Message);
    }
}
