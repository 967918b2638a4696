namespace PurePhysio.Web.Features.Enquiries;

/// <summary>
/// The consent statement patients agree to. Change <see cref="Version"/> whenever the wording changes,
/// so each stored enquiry says which wording its patient saw.
/// </summary>
internal static class EnquiryConsent
{
    public const string Version = "2026-11-v1";

    public const string WordingBeforeLink =
        "I consent to Pure Physiotherapy storing and using the information in this enquiry, including any details about my health, to respond to it, as described in the ";

    public const string LinkText = "privacy policy";

    public const string PrivacyPolicyUrl = "/privacy-policy";
}
