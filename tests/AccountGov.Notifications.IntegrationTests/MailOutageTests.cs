using AccountGov.Notifications.Api.Outbox;
using AccountGov.Testing;

namespace AccountGov.Notifications.IntegrationTests;

/// <summary>The SMTP server away while facts arrive, and the service restarted meanwhile: nothing lost, nothing twice.</summary>
public class MailOutageTests(NotificationsFixture fixture) : IClassFixture<NotificationsFixture>
{
    [Fact]
    public async Task GivenTheSmtpServerStopped_WhenFactsArriveAndTheServiceRestarts_ThenEveryEmailGoesOutOnceItIsBack()
    {
        await fixture.Smtp.StopAsync();
        var submissions = Enumerable.Range(0, 5).Select(_ => (Message: Messages.Submitted(Guid.NewGuid()), MessageId: Guid.NewGuid())).ToList();
        foreach (var (message, messageId) in submissions) await fixture.Publish(message, messageId);
        var facts = submissions.Select(s => s.MessageId.ToString("N")).ToHashSet();

        // Every email is recorded and has been tried against the absent server at least once.
        var pending = await Eventually.Get(async () => await fixture.Emails(e => facts.Contains(e.Fact)),
            until: l => l!.Count == 5 && l.Any(e => e.Attempts > 0 && e.LastError is not null), what: "failed attempts recorded");
        Assert.All(pending, e => Assert.Equal(EmailStatus.Pending, e.Status));

        // The service restarts while the server is away; then the server comes back.
        await fixture.RestartAsync();
        fixture.Smtp.Start();

        var sent = await Eventually.Get(async () => await fixture.Emails(e => facts.Contains(e.Fact)),
            until: l => l!.All(e => e.Status == EmailStatus.Sent), within: TimeSpan.FromMinutes(2), what: "every email sent");
        var received = submissions.SelectMany(s => fixture.Smtp.About(s.Message.Handle)).ToList();
        Assert.Equal(5, received.Count);
        Assert.Equal(5, received.Select(m => m.MessageId).Distinct().Count());
        Assert.All(sent, e => Assert.Null(e.LastError));
    }

    [Fact]
    public async Task GivenOneRecipientRefusedForGood_WhenFactsArrive_ThenItFailsWithItsReasonAndTheOthersAreSent()
    {
        var refused = (Message: Messages.Submitted(Guid.NewGuid(), sponsorEmail: $"sam@{SmtpTestServer.RejectedDomain}"), MessageId: Guid.NewGuid());
        var fine = (Message: Messages.Submitted(Guid.NewGuid()), MessageId: Guid.NewGuid());

        await fixture.Publish(refused.Message, refused.MessageId);
        await fixture.Publish(fine.Message, fine.MessageId);

        var failed = await Eventually.Get(async () => (await fixture.Emails(e => e.Fact == refused.MessageId.ToString("N"))).SingleOrDefault(),
            until: e => e?.Status == EmailStatus.Failed, what: "the refused email failed");
        Assert.Contains("550", failed.LastError);
        Assert.Equal(1, failed.Attempts);
        await Eventually.True(() => Task.FromResult(fixture.Smtp.About(fine.Message.Handle).Count > 0), what: "the other email");
        Assert.Empty(fixture.Smtp.About(refused.Message.Handle));
    }
}
