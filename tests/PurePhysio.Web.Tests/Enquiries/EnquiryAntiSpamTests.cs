using System.Net;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Enquiries;

public sealed class SlowFillAppFactory : EnquiryAppFactory
{
    protected override IDictionary<string, string?> Overrides => new Dictionary<string, string?>
    {
        ["Enquiries:MinimumFillSeconds"] = "60",
    };
}

public sealed class RateLimitedAppFactory : EnquiryAppFactory
{
    public const int PermitLimit = 2;

    protected override IDictionary<string, string?> Overrides => new Dictionary<string, string?>
    {
        ["Enquiries:RateLimit:PermitLimit"] = PermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Enquiries:RateLimit:Window"] = "00:10:00",
    };
}

public sealed class EnquiryMinimumFillTimeTests(SlowFillAppFactory factory) : IClassFixture<SlowFillAppFactory>
{
    [Fact]
    public async Task FormSentBackTooFastIsShownAgainAndNothingIsStored()
    {
        var email = EnquiryForm.NewEmail();

        using var response = await EnquiryForm.SubmitAsync(factory.CreateBrowser(), EnquiryForm.Valid(email));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal(PurePhysio.Web.Features.Enquiries.EnquiriesController.CheckAgainMessage, page.One(".error-summary li").Text());
        Assert.Equal(email, page.One("#enquiry-email").GetAttribute("value"));
        Assert.Equal(0, await factory.CountEnquiriesAsync(email));
    }
}

public sealed class EnquiryRateLimitTests(RateLimitedAppFactory factory) : IClassFixture<RateLimitedAppFactory>
{
    [Fact]
    public async Task TooManyPostsFromOneClientGetAFriendly429AndAreNotStored()
    {
        var client = factory.CreateBrowser();
        for (var i = 0; i < RateLimitedAppFactory.PermitLimit; i++)
        {
            using var accepted = await EnquiryForm.SubmitAsync(client, EnquiryForm.Valid(EnquiryForm.NewEmail()));
            Assert.Equal(HttpStatusCode.SeeOther, accepted.StatusCode);
        }

        var email = EnquiryForm.NewEmail();
        using var response = await EnquiryForm.SubmitAsync(client, EnquiryForm.Valid(email));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var retryAfter = response.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        var page = await Html.ParseAsync(response);
        Assert.Equal(PurePhysio.Web.Features.Enquiries.EnquiriesController.TooManyMessage(retryAfter.Value), page.One(".error-summary li").Text());
        Assert.Equal(email, page.One("#enquiry-email").GetAttribute("value"));
        Assert.Equal(0, await factory.CountEnquiriesAsync(email));
        // Reading pages is not limited.
        using var get = await client.GetAsync(new Uri("/enquiry", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
    }
}
