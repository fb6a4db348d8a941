using AccountGov.Notifications.Api.Outbox;
using AccountGov.Testing;

namespace AccountGov.Notifications.IntegrationTests;

/// <summary>
/// A burst of emails shares SMTP connections, each carrying at most MessagesPerConnection (50), and a connection the
/// server dropped while it was kept open costs no email.
/// </summary>
public class SmtpConnectionTests(NotificationsFixture fixture) : IClassFixture<NotificationsFixture>
{
    [Fact]
    public async Task GivenABurstOfSixtyEmails_WhenSent_ThenTheyShareAFewConnectionsOfAtMostFiftyEach()
    {
        var submissions = await PublishSubmissions(60);

        var received = await AllReceived(submissions);
        var perSession = received.GroupBy(m => fixture.Smtp.SessionOf(m)).Select(g => g.Count()).ToList();
        Assert.All(perSession, count => Assert.InRange(count, 1, 50));
        // 60 emails need at least two connections of 50; one connection per email would be 60.
        Assert.InRange(perSession.Count, 2, 6);
    }

    [Fact]
    public async Task GivenTheServerRestartedWhileAConnectionWasKeptOpen_WhenTheNextEmailGoes_ThenItArrivesOnceOnANewConnection()
    {
        var before = await AllReceived(await PublishSubmissions(1));

        await fixture.Smtp.StopAsync();
        fixture.Smtp.Start();
        var after = await AllReceived(await PublishSubmissions(1));

        Assert.NotEqual(fixture.Smtp.SessionOf(before[0]), fixture.Smtp.SessionOf(after[0]));
    }

    private async Task<List<RequestSubmittedAndId>> PublishSubmissions(int count)
    {
        var submissions = Enumerable.Range(0, count).Select(_ => new RequestSubmittedAndId(Messages.Submitted(Guid.NewGuid()), Guid.NewGuid())).ToList();
        foreach (var s in submissions) await fixture.Publish(s.Message, s.MessageId);
        return submissions;
    }

    /// <summary>Waits until every submission's email is marked sent, then returns what the server received for them.</summary>
    private async Task<List<MimeKit.MimeMessage>> AllReceived(List<RequestSubmittedAndId> submissions)
    {
        var facts = submissions.Select(s => s.MessageId.ToString("N")).ToHashSet();
        await Eventually.Get(async () => await fixture.Emails(e => facts.Contains(e.Fact)),
            until: l => l!.Count == submissions.Count && l.All(e => e.Status == EmailStatus.Sent),
            within: TimeSpan.FromMinutes(2), what: "every email sent");
        var received = submissions.SelectMany(s => fixture.Smtp.About(s.Message.Handle)).ToList();
        Assert.Equal(submissions.Count, received.Count);
        return received;
    }

    private sealed record RequestSubmittedAndId(AccountGov.AccountRequests.Contracts.RequestSubmitted Message, Guid MessageId);
}
