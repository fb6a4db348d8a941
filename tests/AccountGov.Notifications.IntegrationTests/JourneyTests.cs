using System.Text.RegularExpressions;
using AccountGov.Approvals.Contracts;
using AccountGov.Custody.Contracts;
using AccountGov.Testing;

namespace AccountGov.Notifications.IntegrationTests;

/// <summary>
/// A submission with a DPIA through endorsement, review and approval, then a leaver's handover that loses its
/// receiver, escalates, opens and closes a custody gap, and a break-glass request: exactly the emails of the README's
/// "who hears what", to the right addresses, each linking to the Portal page of its case, account or handover.
/// </summary>
public partial class JourneyTests(NotificationsFixture fixture) : IClassFixture<NotificationsFixture>
{
    private const string Bd = "bd-team@example.nhs.uk";
    private const string Ig = "ig-team@example.nhs.uk";

    [Fact]
    public async Task GivenASubmissionThroughApprovalAndALeaversHandover_WhenTheirMessagesArrive_ThenExactlyTheExpectedPeopleAreEmailed()
    {
        var requestId = Guid.NewGuid();
        var accountId = Guid.NewGuid();
        var handoverId = Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;
        var due = DateOnly.FromDateTime(now.UtcDateTime).AddDays(5);
        var submitted = Messages.Submitted(requestId, dpiaRequired: true);
        var journey = new Journey(fixture);

        await journey.Deliver(submitted);
        await journey.Deliver(new StageStarted(requestId, StageName.SponsorEndorsement, due, false, now));
        await journey.Deliver(new StageReminderDue(requestId, StageName.SponsorEndorsement, due, now));
        await journey.Deliver(new StageCompleted(requestId, StageName.SponsorEndorsement, Personas.Sam, null, null, now));
        await journey.Deliver(new StageStarted(requestId, StageName.DpiaReview, due, false, now));
        await journey.Deliver(new CaseEscalated(requestId, StageName.DpiaReview, due, now));
        await journey.Deliver(new StageCompleted(requestId, StageName.DpiaReview, Personas.Ivy, StageName.BusinessDevelopmentDecision, due, now));
        await journey.Deliver(new AccountRequestApproved(requestId, submitted.Team, submitted.Platform, submitted.Handle,
            new ApprovedStaff(Personas.Sam, "Sam Patel"),
            [new ApprovedCustodian(Personas.Carl, "Carl Obi", ApprovedCustodianRole.Primary), new ApprovedCustodian(Personas.Dina, "Dina Roy", ApprovedCustodianRole.Deputy)],
            ["Display the disclaimer"], Personas.Beth, now, "Well argued"));
        await journey.Deliver(new AccountRegistered(accountId, requestId, submitted.Team, submitted.Platform, submitted.Handle,
            [new CustodianDetails(Personas.Carl, "Carl Obi", CustodianRole.Primary, CustodianStatus.Active),
             new CustodianDetails(Personas.Dina, "Dina Roy", CustodianRole.Deputy, CustodianStatus.Active)], now));
        await journey.Deliver(new HandoverStarted(handoverId, accountId, Personas.Carl, Personas.Dina, HandoverKind.Permanent, HandoverReason.Departure, due, now));
        await journey.Deliver(new HandoverReminderDue(handoverId, accountId, Personas.Dina, due, now));
        await journey.Deliver(new HandoverReceiverReplaced(handoverId, accountId, Personas.Dina, null, now));
        await journey.Deliver(new HandoverEscalated(handoverId, accountId, "NoEligibleReceiver", Personas.Sam, now));
        await journey.Deliver(new CustodyGapAnticipated(accountId, due, Personas.Sam, now));
        await journey.Deliver(new CustodyGapDetected(accountId, "No custodian is Active.", Personas.Sam, now));
        await journey.Deliver(new HandoverAssigned(handoverId, accountId, Personas.Bob, due, Personas.Beth, now));
        await journey.Deliver(new CustodyGapClosed(accountId, now));
        await journey.Deliver(new BreakGlassRequested(accountId, Guid.NewGuid(), Personas.Beth, now.AddHours(4), now));
        await journey.AllSent();

        string[] expected =
        [
            "sam: Please endorse", "sam: Due today",
            "ig-team: DPIA ready for review",
            "ig-team: Overdue", "bd-team: Overdue",
            "bd-team: Ready for decision",
            "rita: Approved",
            "carl: Store the credential", "dina: Store the credential",
            "dina: Handover to you", "carl: Handing over",
            "dina: Handover due soon",
            "dina: No longer yours to receive", "carl: Handover update",
            "bd-team: Handover escalated", "carl: Handover escalated", "sam: Handover escalated",
            "bd-team: Custody gap ahead", "sam: Custody gap ahead",
            "bd-team: Custody gap", "sam: Custody gap",
            "bob: Handover assigned to you", "carl: Handover update",
            "bd-team: Custody gap closed", "sam: Custody gap closed",
            "bob: Break-glass approval needed",
        ];
        var received = fixture.Smtp.About(submitted.Handle);
        Assert.Equal(expected.Order(), received.Select(m => $"{m.To.Mailboxes.Single().Address.Split('@')[0]}: {m.Subject![..m.Subject!.IndexOf(':')]}").Order());

        string[] pages = [$"/cases/{requestId}", $"/accounts/{accountId}", $"/handovers/{handoverId}"];
        Assert.All(received, m =>
        {
            var links = PortalLink().Matches(m.TextBody ?? "").Select(l => l.Value[NotificationsFixture.Portal.Length..]).ToList();
            Assert.NotEmpty(links);
            Assert.All(links, l => Assert.Contains(l, pages));
        });
        Assert.Contains("Well argued", received.Single(m => m.Subject!.StartsWith("Approved")).TextBody);
        Assert.Contains("Display the disclaimer", received.Single(m => m.Subject!.StartsWith("Approved")).TextBody);
    }

    [GeneratedRegex(@"http://portal\.test/\S+")]
    private static partial Regex PortalLink();
}
