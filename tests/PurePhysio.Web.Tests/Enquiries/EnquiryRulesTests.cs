using PurePhysio.Web.Email;
using PurePhysio.Web.Features.Enquiries;

namespace PurePhysio.Web.Tests.Enquiries;

public sealed class EnquiryRulesTests
{
    [Fact]
    public void RetryDelayDoublesFromThirtySecondsUpToAnHour()
    {
        var options = new OutboxDeliveryOptions();

        var delays = Enumerable.Range(1, 10).Select(a => OutboxDelivery.RetryDelay(a, options)).ToList();

        Assert.Equal(TimeSpan.FromSeconds(30), delays[0]);
        Assert.Equal(TimeSpan.FromSeconds(60), delays[1]);
        Assert.Equal(TimeSpan.FromMinutes(16), delays[5]);
        Assert.Equal(TimeSpan.FromHours(1), delays[^1]);
        Assert.Equal(TimeSpan.FromHours(1), OutboxDelivery.RetryDelay(10_000, options));
    }

    [Fact]
    public void ReferencesAreReadableAndVary()
    {
        var references = Enumerable.Range(0, 1000).Select(_ => EnquiryReference.New()).ToList();

        Assert.All(references, r => Assert.True(EnquiryReference.IsWellFormed(r), r));
        Assert.All(references, r => Assert.DoesNotMatch("[01ILOU]", r[3..]));
        Assert.True(references.Distinct().Count() > 990);
    }

    [Theory]
    [InlineData("name@example.com", true)]
    [InlineData("first.last+clinic@mail.example.co.uk", true)]
    [InlineData("name@localhost", false)]
    [InlineData("Name <name@example.com>", false)]
    [InlineData("a@b.com, c@d.com", false)]
    [InlineData("name@example.", false)]
    public void EmailAddressMustBeOnePlainAddress(string value, bool valid) =>
        Assert.Equal(valid, EnquiryValidation.IsEmailAddress(value));

    [Theory]
    [InlineData("01632 960 001", true)]
    [InlineData("+44 (0)7700 900982", true)]
    [InlineData("07700-900-982", true)]
    [InlineData("999", false)]
    [InlineData("0163296000112345678", false)]
    [InlineData("01632 960 001 ext 4", false)]
    public void PhoneNumberNeedsTenToFifteenDigits(string value, bool valid) =>
        Assert.Equal(valid, EnquiryValidation.IsPhoneNumber(value));
}
