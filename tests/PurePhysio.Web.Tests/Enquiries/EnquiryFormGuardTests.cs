using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PurePhysio.Web.Features.Enquiries;

namespace PurePhysio.Web.Tests.Enquiries;

/// <summary>
/// The signed form start time is shared by every form served in the same second (signing is the dearest
/// part of an article page); sharing never lets a form through before the minimum fill time.
/// </summary>
public sealed class EnquiryFormGuardTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 15, 20, 300, TimeSpan.Zero);

    private static (EnquiryFormGuard Guard, FakeTimeProvider Clock) Create(double minimumSeconds)
    {
        var clock = new FakeTimeProvider(Start);
        var options = Options.Create(new EnquiryOptions { MinimumFillSeconds = minimumSeconds });
        return (new EnquiryFormGuard(new EphemeralDataProtectionProvider(), options, clock), clock);
    }

    [Fact]
    public void FormsServedInTheSameSecondShareOneSignature()
    {
        var (guard, clock) = Create(3);
        var first = guard.IssueFormStarted();
        clock.Advance(TimeSpan.FromMilliseconds(600));
        Assert.Equal(first, guard.IssueFormStarted());

        clock.Advance(TimeSpan.FromMilliseconds(200));
        Assert.NotEqual(first, guard.IssueFormStarted());
    }

    [Fact]
    public void AFormIsNeverAcceptedBeforeTheMinimumFillTime()
    {
        var (guard, clock) = Create(3);
        var started = guard.IssueFormStarted();

        clock.Advance(TimeSpan.FromMilliseconds(2_999));
        Assert.False(guard.WasFilledByAPerson(started));

        // Signed for the end of its second (10:15:21.000 for a form served at 10:15:20.300): a person may
        // wait up to one second longer than the minimum, never shorter.
        clock.Advance(TimeSpan.FromMilliseconds(700));
        Assert.False(guard.WasFilledByAPerson(started));
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(guard.WasFilledByAPerson(started));
    }

    [Fact]
    public void WithNoMinimumAFormPostedAtOnceIsAccepted()
    {
        var (guard, _) = Create(0);

        Assert.True(guard.WasFilledByAPerson(guard.IssueFormStarted()));
    }

    [Fact]
    public void AForgedStartTimeIsRefused()
    {
        var (guard, _) = Create(0);

        Assert.False(guard.WasFilledByAPerson("not-a-signature"));
        Assert.False(guard.WasFilledByAPerson(null));
    }
}
