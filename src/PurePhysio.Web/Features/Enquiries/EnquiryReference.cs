using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace PurePhysio.Web.Features.Enquiries;

/// <summary>References patients can read out over the phone, e.g. <c>PP-7K3Q9X</c>.</summary>
internal static partial class EnquiryReference
{
    // No 0/O, 1/I/L or U: easy to read aloud and to type back. 30^6 ≈ 729 million values.
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New() => "PP-" + RandomNumberGenerator.GetString(Alphabet, 6);

    public static bool IsWellFormed(string? reference) => reference is not null && Pattern().IsMatch(reference);

    [GeneratedRegex("^PP-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{6}$")]
    private static partial Regex Pattern();
}
