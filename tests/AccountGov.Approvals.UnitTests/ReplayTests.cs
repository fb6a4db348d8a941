using System.Text.Json;
using AccountGov.Approvals.Api.Cases;
using AccountGov.Approvals.Contracts;

namespace AccountGov.Approvals.UnitTests;

/// <summary>Marten 9 silently ignores non-public Apply methods: prove every event type has a public one that changes the case.</summary>
public class ReplayTests
{
    public static TheoryData<object> EveryLaterEvent() =>
    [
        new CaseReopened(Given.RequestId, Given.Open().Request with { Revision = 2 }, true,
            [StageName.SponsorEndorsement, StageName.BusinessDevelopmentDecision], [], null, Given.Monday),
        new FullDpiaAttached(Given.RequestId, 1, "rita", null, Given.Monday),
        new SponsorEndorsed(Given.RequestId, "sam", null, null, Given.Monday),
        new DpiaReviewAccepted(Given.RequestId, "ivy", null, null, Given.Monday),
        new CaseApproved(Given.RequestId, "T", "X", "@h", new Party("sam", "Sam"), [], ["c"], "beth", null, Given.Monday),
        new CaseRejected(Given.RequestId, StageName.BusinessDevelopmentDecision, "beth", "no", Given.Monday),
        new CaseChangesRequested(Given.RequestId, "beth", "more", Given.Monday),
        new CaseWithdrawn(Given.RequestId, "rita", Given.Monday),
        new CaseChangesRequested(Given.RequestId, "beth", "sponsor", Given.Monday, StageName.SponsorEndorsement),
        new DpiaReviewChangesRequested(Given.RequestId, "ivy", "amend", Given.Monday),
        new CaseSponsorReplaced(Given.RequestId, new Party("sam", "Sam"), new Party("sara", "Sara"), "sara@example.nhs.uk", "rita", null, Given.Monday),
        new StageReminded(Given.RequestId, StageName.SponsorEndorsement, new DateOnly(2026, 11, 26), Given.Monday),
        new StageEscalated(Given.RequestId, StageName.SponsorEndorsement, new DateOnly(2026, 11, 26), Given.Monday),
    ];

    [Theory]
    [MemberData(nameof(EveryLaterEvent))]
    public void GivenAnOpenCase_WhenAnyEventIsApplied_ThenTheCaseChanges(object @event)
    {
        var method = typeof(Case).GetMethod(nameof(Case.Apply), [@event.GetType()]);
        Assert.NotNull(method);
        Assert.True(method.IsPublic);

        var before = Given.Open();
        var after = (Case)method.Invoke(before, [@event])!;
        Assert.NotEqual(JsonSerializer.Serialize(before), JsonSerializer.Serialize(after));
    }

    [Fact]
    public void GivenTheFirstEvent_WhenReplayed_ThenAPublicCreateBuildsTheCase() =>
        Assert.True(typeof(Case).GetMethod(nameof(Case.Create), [typeof(CaseOpened)])!.IsPublic);
}
