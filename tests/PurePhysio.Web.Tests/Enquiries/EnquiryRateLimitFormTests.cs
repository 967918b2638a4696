using System.Net;
using PurePhysio.Web.Features.Enquiries;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Enquiries;

public sealed class RateLimitedForMistakesAppFactory : EnquiryAppFactory
{
    protected override IDictionary<string, string?> Overrides => new Dictionary<string, string?>
    {
        ["Enquiries:RateLimit:PermitLimit"] = "2",
        ["Enquiries:RateLimit:Window"] = "00:10:00",
    };
}

/// <summary>A patient who corrects a mistake is not locked out; a refused post keeps what was typed (issue 15).</summary>
public sealed class EnquiryRateLimitFormTests(RateLimitedForMistakesAppFactory factory) : IClassFixture<RateLimitedForMistakesAppFactory>
{
    [Fact]
    public async Task PostsWithAFieldToCorrectDoNotCountTowardsTheLimit()
    {
        var client = factory.CreateBrowser();
        for (var i = 0; i < 5; i++)
        {
            var mistake = EnquiryForm.Valid(EnquiryForm.NewEmail());
            mistake["Phone"] = "call me after five";
            using var rejected = await EnquiryForm.SubmitAsync(client, mistake);
            Assert.Equal(HttpStatusCode.BadRequest, rejected.StatusCode);
        }

        for (var i = 0; i < 2; i++)
        {
            using var accepted = await EnquiryForm.SubmitAsync(client, EnquiryForm.Valid(EnquiryForm.NewEmail()));
            Assert.Equal(HttpStatusCode.SeeOther, accepted.StatusCode);
        }

        // The third valid post is over the limit: the form comes back with the message and a wait that matches Retry-After.
        var email = EnquiryForm.NewEmail();
        var values = EnquiryForm.Valid(email, message: "Please call about my shoulder");
        using var refused = await EnquiryForm.SubmitAsync(client, values);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 590, 600);
        var page = await Html.ParseAsync(refused);
        Assert.Equal(EnquiriesController.TooManyMessage(retryAfter.Value), page.One(".error-summary li").Text());
        Assert.Contains("please wait 10 minutes", page.One(".error-summary li").Text(), StringComparison.Ordinal);
        Assert.Equal("Please call about my shoulder", page.One("#enquiry-message").TextContent);
        Assert.Equal(email, page.One("#enquiry-email").GetAttribute("value"));
        Assert.Equal(0, await factory.CountEnquiriesAsync(email));
    }
}
