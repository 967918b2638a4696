using System.Globalization;

namespace PurePhysio.Web.Features.Errors;

/// <summary>One wording of a Retry-After wait, so the header and the sentence a patient reads always agree.</summary>
internal static class RetryAfter
{
    public static int Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));

    public static void Set(HttpResponse response, TimeSpan wait) =>
        response.Headers.RetryAfter = Seconds(wait).ToString(CultureInfo.InvariantCulture);

    /// <summary>The header as sent (delta seconds), or null when absent or an HTTP date.</summary>
    public static TimeSpan? Read(HttpResponse response) =>
        int.TryParse(response.Headers.RetryAfter.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : null;

    /// <summary>"10 minutes", "1 minute", "30 seconds": rounded up, never shorter than the header.</summary>
    public static string InWords(TimeSpan wait)
    {
        var seconds = Seconds(wait);
        if (seconds < 60)
        {
            return seconds == 1 ? "1 second" : $"{seconds} seconds";
        }

        var minutes = (seconds + 59) / 60;
        return minutes == 1 ? "1 minute" : $"{minutes} minutes";
    }
}
