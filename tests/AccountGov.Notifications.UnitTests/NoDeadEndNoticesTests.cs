using AccountGov.Approvals.Contracts;
using AccountGov.Notifications.Api.Notices;

namespace AccountGov.Notifications.UnitTests;

/// <summary>Issue 13: a replaced sponsor's successor is asked to endorse; IG's request to amend the DPIA reaches the requester.</summary>
public class NoDeadEndNoticesTests
{
    [Fact]
    public void GivenASponsorReplaced_WhenDecided_ThenOnlyTheNewSponsorIsAskedToEndorseByTheDueDay()
    {
        var m = new SponsorReplaced(Given.RequestId, "hana", new ApprovedStaff("bob", "Bob Evans"), "bob@example.nhs.uk", "rita",
            new DateOnly(2026, 12, 8), Given.Now);
        var d = CaseNotices.SponsorReplaced(m, Given.Request, Given.Links);

        Assert.Equal(["user:bob"], Given.Recipients(d));
        Assert.StartsWith("Please endorse", d.Notices[0].Subject);
        Assert.Contains("8 December 2026", d.Notices[0].Body);
        Assert.Contains("http://portal.test/cases/11111111-1111-1111-1111-111111111111", d.Notices[0].Body);
        Assert.Equal([Topics.Case(Given.RequestId)], d.Closes);
    }

    [Fact]
    public void GivenIgAskedForDpiaChanges_WhenDecided_ThenTheRequesterIsToldWhatToChange()
    {
        var d = CaseNotices.DpiaChangesRequested(
            new DpiaChangesRequested(Given.RequestId, "ivy", "Say how long messages are kept.", Given.Now), Given.Request, Given.Links);

        Assert.Equal(["user:" + Given.Request.Requester.UserId], Given.Recipients(d));
        Assert.StartsWith("DPIA changes requested", d.Notices[0].Subject);
        Assert.Contains("Say how long messages are kept.", d.Notices[0].Body);
        Assert.Equal(Topics.Case(Given.RequestId), d.Notices[0].Opens!.Topic);
    }
}
