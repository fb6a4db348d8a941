using AccountGov.Notifications.Api;
using AccountGov.Notifications.Api.Outbox;
using AccountGov.Notifications.Api.Sending;
using AccountGov.ServiceDefaults.Time;

namespace AccountGov.Notifications.UnitTests;

public class SendingTests
{
    private static readonly NotificationsOptions Options = new()
    {
        FirstRetryAfter = TimeSpan.FromSeconds(30), MaxRetryAfter = TimeSpan.FromMinutes(10), MaxAttempts = 3,
    };

    private static OutgoingEmail Pending() => new() { Id = "f|user:sam", Status = EmailStatus.Pending };

    [Fact]
    public void GivenAnUnreachableServer_WhenAttemptsKeepFailing_ThenTheEmailIsRetriedWithGrowingCappedBackoffAndNeverGivenUp()
    {
        var email = Pending();
        var delays = new List<TimeSpan>();
        for (var i = 0; i < 8; i++)
        {
            Assert.Equal(AttemptOutcome.Retry, RetryPolicy.AfterFailure(email, MailFailure.Unreachable, "down", Given.Now, Options));
            delays.Add(email.NotBefore - Given.Now);
        }
        Assert.Equal([30, 60, 120, 240, 480, 600, 600, 600], delays.Select(d => (int)d.TotalSeconds));
        Assert.Equal(EmailStatus.Pending, email.Status);
    }

    [Fact]
    public void GivenATransientRefusal_WhenTheAttemptLimitIsReached_ThenTheEmailFailsWithItsReason()
    {
        var email = Pending();
        Assert.Equal(AttemptOutcome.Retry, RetryPolicy.AfterFailure(email, MailFailure.Transient, "451", Given.Now, Options));
        Assert.Equal(AttemptOutcome.Retry, RetryPolicy.AfterFailure(email, MailFailure.Transient, "451", Given.Now, Options));
        Assert.Equal(AttemptOutcome.Failed, RetryPolicy.AfterFailure(email, MailFailure.Transient, "451 later", Given.Now, Options));
        Assert.Equal((EmailStatus.Failed, "451 later"), (email.Status, email.LastError));
    }

    [Fact]
    public void GivenAPermanentRefusal_WhenAttempted_ThenTheEmailFailsAtOnce()
    {
        var email = Pending();
        Assert.Equal(AttemptOutcome.Failed, RetryPolicy.AfterFailure(email, MailFailure.Permanent, "550", Given.Now, Options));
        Assert.Equal(1, email.Attempts);
    }

    [Fact]
    public void GivenAnEmail_WhenItsMessageIdIsMade_ThenItIsTheSameEveryTimeAndDiffersPerRecipient()
    {
        var once = OutgoingEmail.MessageIdFor(OutgoingEmail.IdFor("abc", "user:sam"), "accountgov.test");
        Assert.Equal(once, OutgoingEmail.MessageIdFor(OutgoingEmail.IdFor("abc", "user:sam"), "accountgov.test"));
        Assert.NotEqual(once, OutgoingEmail.MessageIdFor(OutgoingEmail.IdFor("abc", "user:rita"), "accountgov.test"));
        Assert.EndsWith("@accountgov.test", once);
    }
}

public class WorkingHoursTests
{
    private static readonly WorkingHours Hours = new(new BusinessCalendar([new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 28)]),
        TimeZoneInfo.FindSystemTimeZoneById("Europe/London"), new TimeOnly(8, 0), new TimeOnly(18, 0));

    [Theory]
    [InlineData("2026-12-01T10:00:00Z", "2026-12-01T10:00:00Z")] // Tuesday, open: now
    [InlineData("2026-12-01T19:30:00Z", "2026-12-02T08:00:00Z")] // Tuesday evening: Wednesday 08:00
    [InlineData("2026-12-02T06:00:00Z", "2026-12-02T08:00:00Z")] // early morning: that day's 08:00
    [InlineData("2026-12-04T18:00:00Z", "2026-12-07T08:00:00Z")] // Friday 18:00: Monday
    [InlineData("2026-12-24T20:00:00Z", "2026-12-29T08:00:00Z")] // Christmas Eve: after both bank holidays
    [InlineData("2026-06-01T06:30:00Z", "2026-06-01T07:00:00Z")] // summer time: 08:00 BST is 07:00 UTC
    public void GivenAnInstant_WhenAnOrdinaryEmailIsDue_ThenItWaitsForTheNextWorkingHours(string now, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected), Hours.NextOpen(DateTimeOffset.Parse(now)));
}
