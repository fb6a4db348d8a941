using AccountGov.Custody.Contracts;
using AccountGov.Notifications.Api.Notices;
using AccountGov.Notifications.Api.People;

namespace AccountGov.Notifications.UnitTests;

public class CustodyNoticesTests
{
    private static readonly DateOnly Due = new(2026, 12, 10);
    private static readonly HandoverParties Parties = new(Given.HandoverId, Given.AccountId, "carl", "dina", Due, Given.Now);

    [Fact]
    public void GivenARegisteredAccount_WhenDecided_ThenEachCustodianIsAskedToStoreTheCredentialOnTheAccountPage()
    {
        var d = CustodyNotices.Registered(new AccountRegistered(Given.AccountId, Given.RequestId, "T", "Instagram", "@x",
            [new CustodianDetails("carl", "Carl Obi", CustodianRole.Primary, CustodianStatus.Active),
             new CustodianDetails("dina", "Dina Roy", CustodianRole.Deputy, CustodianStatus.Active)], Given.Now), Given.Account, Given.Links);

        Assert.Equal(["user:carl", "user:dina"], Given.Recipients(d));
        Assert.All(d.Notices, n => Assert.Contains("http://portal.test/accounts/22222222-2222-2222-2222-222222222222", n.Body));
        Assert.Contains("primary custodian", d.Notices[0].Body);
        Assert.Contains("never by email", d.Notices[0].Body);
    }

    [Fact]
    public void GivenAHandoverWithAReceiver_WhenStarted_ThenTheReceiverAndTheGiverAreToldWithTheHandoverLink()
    {
        var d = CustodyNotices.Started(new HandoverStarted(Given.HandoverId, Given.AccountId, "carl", "dina", HandoverKind.Permanent,
            HandoverReason.Departure, Due, Given.Now), Given.Account, Given.Links);

        Assert.Equal(["user:dina", "user:carl"], Given.Recipients(d));
        Assert.All(d.Notices, n => Assert.Contains("http://portal.test/handovers/33333333-3333-3333-3333-333333333333", n.Body));
        Assert.All(d.Notices, n => Assert.DoesNotContain("Departure", n.Body));
        Assert.NotNull(d.Notices[0].Opens);
    }

    [Fact]
    public void GivenAHandoverWithNoReceiver_WhenStarted_ThenOnlyTheGiverIsTold()
    {
        var d = CustodyNotices.Started(new HandoverStarted(Given.HandoverId, Given.AccountId, "carl", null, HandoverKind.Temporary,
            HandoverReason.Leave, Due, Given.Now), Given.Account, Given.Links);

        Assert.Equal(["user:carl"], Given.Recipients(d));
    }

    [Fact]
    public void GivenAReplacedReceiver_WhenDecided_ThenTheNewAndOldReceiversAndTheGiverAreTold()
    {
        var d = CustodyNotices.ReceiverReplaced(new HandoverReceiverReplaced(Given.HandoverId, Given.AccountId, "dina", "bob", Given.Now),
            Given.Account, Parties, Due, Given.Links);

        Assert.Equal(["user:bob", "user:dina", "user:carl"], Given.Recipients(d));
    }

    [Fact]
    public void GivenAnEscalatedHandover_WhenDecided_ThenBdTheReceiverTheGiverAndTheSponsorAreToldUrgently()
    {
        var d = CustodyNotices.Escalated(new HandoverEscalated(Given.HandoverId, Given.AccountId, "Overdue", "sam", Given.Now), Given.Account, Parties, Given.Links);

        Assert.Equal(["team:BusinessDevelopment", "user:dina", "user:carl", "user:sam"], Given.Recipients(d));
        Assert.All(d.Notices, n => Assert.True(n.Urgent));
    }

    [Fact]
    public void GivenACustodyGap_WhenDetectedAndClosed_ThenBdAndTheSponsorAreToldUrgentlyAndTheGapStopsWaiting()
    {
        var detected = CustodyNotices.GapDetected(new CustodyGapDetected(Given.AccountId, "No custodian is Active.", "sam", Given.Now), Given.Account, "sam", Given.Links);
        var closed = CustodyNotices.GapClosed(new CustodyGapClosed(Given.AccountId, Given.Now), Given.Account, "sam", Given.Links);

        Assert.Equal(["team:BusinessDevelopment", "user:sam"], Given.Recipients(detected));
        Assert.Equal(["team:BusinessDevelopment", "user:sam"], Given.Recipients(closed));
        Assert.All(detected.Notices.Concat(closed.Notices), n => Assert.True(n.Urgent));
        Assert.Equal([Topics.Gap(Given.AccountId)], closed.Closes);
    }

    [Fact]
    public void GivenABreakGlassRequest_WhenDecided_ThenEveryOtherBdOfficerIsAskedAndNotTheOpener()
    {
        var d = CustodyNotices.BreakGlassRequested(new BreakGlassRequested(Given.AccountId, Guid.NewGuid(), "beth", Given.Now.AddHours(4), Given.Now),
            Given.Account, ["beth", "bob", "bea"], Given.Links);

        Assert.Equal(["user:bob", "user:bea"], Given.Recipients(d));
    }

    [Fact]
    public void GivenTheSponsorIsAlsoTheGiver_WhenEscalated_ThenTheyHearOnce()
    {
        var d = CustodyNotices.Escalated(new HandoverEscalated(Given.HandoverId, Given.AccountId, "Overdue", "carl", Given.Now), Given.Account, Parties, Given.Links);

        Assert.Single(d.Notices, n => n.To.Key == "user:carl");
    }
}
