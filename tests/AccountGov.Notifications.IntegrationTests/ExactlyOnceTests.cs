using System.Diagnostics;
using AccountGov.Notifications.Api.Outbox;
using AccountGov.Testing;
using Xunit.Abstractions;

namespace AccountGov.Notifications.IntegrationTests;

/// <summary>One email per fact per recipient, however often the broker delivers the fact.</summary>
public class ExactlyOnceTests(NotificationsFixture fixture, ITestOutputHelper output) : IClassFixture<NotificationsFixture>
{
    [Fact]
    public async Task GivenOneFactDeliveredThreeTimes_WhenConsumed_ThenTheSponsorReceivesExactlyOneEmail()
    {
        var id = Guid.NewGuid();
        var messageId = Guid.NewGuid();
        var submitted = Messages.Submitted(id);

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => fixture.Publish(submitted, messageId)));

        // Positive signals first: the email arrived, and both repeats were recognised and ignored.
        await Eventually.True(() => Task.FromResult(fixture.Smtp.About(submitted.Handle).Count > 0), what: "the email");
        await Eventually.True(() => Task.FromResult(fixture.Redeliveries(messageId) == 2), what: "two redeliveries ignored");
        var sent = await Eventually.Get(async () => (await fixture.Emails(e => e.Fact == messageId.ToString("N"))).ToList(),
            until: l => l!.All(e => e.Status == EmailStatus.Sent), what: "the email marked sent");

        var received = fixture.Smtp.About(submitted.Handle);
        var email = Assert.Single(received);
        Assert.Equal(Messages.Email("sam"), email.To.Mailboxes.Single().Address);
        Assert.StartsWith("Please endorse", email.Subject);
        Assert.Contains($"{NotificationsFixture.Portal}/cases/{id}", email.TextBody);
        Assert.Single(sent);
        Assert.Equal(OutgoingEmail.MessageIdFor(sent[0].Id, "accountgov.example.nhs.uk"), email.MessageId);
    }

    [Fact]
    public async Task GivenManyFactsEachDeliveredThreeTimesAtOnce_WhenConsumed_ThenEachSponsorEmailArrivesOnce()
    {
        const int facts = 100;
        var submissions = Enumerable.Range(0, facts).Select(_ => (Message: Messages.Submitted(Guid.NewGuid()), MessageId: Guid.NewGuid())).ToList();
        var handles = submissions.Select(s => s.Message.Handle).ToHashSet();
        var clock = Stopwatch.StartNew();

        await Task.WhenAll(submissions.SelectMany(s => Enumerable.Range(0, 3).Select(_ => fixture.Publish(s.Message, s.MessageId))));

        var ours = () => fixture.Smtp.Received.Where(m => handles.Any(h => (m.Subject ?? "").Contains(h))).ToList();
        await Eventually.True(() => Task.FromResult(ours().Count >= facts), within: TimeSpan.FromMinutes(3), what: "an email per fact");
        await Eventually.True(() => Task.FromResult(submissions.Sum(s => fixture.Redeliveries(s.MessageId)) == 2 * facts),
            within: TimeSpan.FromMinutes(3), what: "every repeat ignored");
        output.WriteLine($"{facts} facts x 3 deliveries: {ours().Count} emails in {clock.Elapsed.TotalSeconds:F1} s");

        var received = ours();
        Assert.Equal(facts, received.Count);
        Assert.Equal(facts, received.Select(m => m.MessageId).Distinct().Count());
        Assert.Equal(handles.Order(), received.Select(m => handles.Single(h => m.Subject!.Contains(h))).Order());
    }
}
