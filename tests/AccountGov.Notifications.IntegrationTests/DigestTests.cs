using AccountGov.Approvals.Contracts;
using AccountGov.Notifications.Api.Digest;
using AccountGov.Testing;

namespace AccountGov.Notifications.IntegrationTests;

/// <summary>The daily digest lists, per person or team, what still waits for them, once a day.</summary>
public class DigestTests(NotificationsFixture fixture) : IClassFixture<NotificationsFixture>
{
    [Fact]
    public async Task GivenWorkWaitingForTheSponsorAndBd_WhenTheDigestRunsTwiceOnABusinessMorning_ThenEachGetsOneDigestListingIt()
    {
        var journey = new Journey(fixture);
        var waitingForSam = Messages.Submitted(Guid.NewGuid());
        var decided = Messages.Submitted(Guid.NewGuid());
        var due = new DateOnly(2027, 1, 8);
        await journey.Deliver(waitingForSam);
        await journey.Deliver(decided);
        await journey.Deliver(new StageCompleted(decided.RequestId, StageName.SponsorEndorsement, Personas.Sam,
            StageName.BusinessDevelopmentDecision, due, DateTimeOffset.UtcNow));
        await journey.AllSent();

        var monday = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero); // 09:00 in London, a business day already past
        var digest = fixture.Host.Get<DailyDigest>();
        Assert.Equal(2, await digest.RunAsync(monday, CancellationToken.None));
        Assert.Equal(0, await digest.RunAsync(monday.AddHours(1), CancellationToken.None));

        await Eventually.True(() => Task.FromResult(fixture.Smtp.Received.Count(m => m.Subject!.StartsWith("AccountGov:")) == 2), what: "two digests");
        var digests = fixture.Smtp.Received.Where(m => m.Subject!.StartsWith("AccountGov:")).ToList();
        var toSam = digests.Single(m => m.To.Mailboxes.Single().Address == Messages.Email(Personas.Sam)).TextBody!;
        Assert.Contains($"Endorse the Instagram account {waitingForSam.Handle}", toSam);
        Assert.Contains($"{NotificationsFixture.Portal}/cases/{waitingForSam.RequestId}", toSam);
        Assert.DoesNotContain(decided.Handle, toSam);
        var toBd = digests.Single(m => m.To.Mailboxes.Single().Address == "bd-team@example.nhs.uk").TextBody!;
        Assert.Contains($"Decide on the Instagram account {decided.Handle}", toBd);
        Assert.Contains("due by 8 January 2027", toBd);
    }
}
