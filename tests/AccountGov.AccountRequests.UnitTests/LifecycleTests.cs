using AccountGov.AccountRequests.Api.Requests;
using AccountGov.AccountRequests.Api.Requests.AttachingDpia;
using AccountGov.AccountRequests.Api.Requests.Deciding;
using AccountGov.AccountRequests.Api.Requests.Revising;
using AccountGov.AccountRequests.Api.Requests.Screening;
using AccountGov.AccountRequests.Api.Requests.Submitting;
using AccountGov.AccountRequests.Api.Requests.Withdrawing;
using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.ServiceDefaults.Errors;
using static AccountGov.AccountRequests.UnitTests.Given;
using Decisions = AccountGov.Approvals.Contracts;

namespace AccountGov.AccountRequests.UnitTests;

public class LifecycleTests
{
    private static readonly Person RitaPerson = new(Rita, "Rita Shah", "rita@example.nhs.uk");

    private static AccountRequest Fold(AccountRequest r, IEnumerable<object> events) => events.Aggregate(r, (s, e) => e switch
    {
        RequestRevised x => s.Apply(x), DpiaAttached x => s.Apply(x), RequestWithdrawn x => s.Apply(x),
        ChangesRequested x => s.Apply(x), RequestApproved x => s.Apply(x), RequestRejected x => s.Apply(x),
        SponsorReplaced x => s.Apply(x),
        _ => throw new InvalidOperationException(e.GetType().Name),
    });

    [Fact]
    public void GivenAScreeningWithAYes_WhenSubmitted_ThenDpiaRequiredAndThePolicyIsRecorded()
    {
        var c = Case(Body() with { DpiaScreening = NoScreeningYes with { IntrusiveContact = true } });
        var e = SubmitRequest.Decide(Guid.NewGuid(), RitaPerson, c, ScreeningPolicy.Current, Now);
        Assert.True(e.DpiaRequired);
        Assert.Equal(ScreeningPolicy.Current.Reference, e.ScreeningPolicy);
        Assert.Equal(RequestStatus.Submitted, AccountRequest.Create(e).Status);
    }

    [Fact]
    public void GivenAllNo_WhenSubmitted_ThenNoDpiaRequired() =>
        Assert.False(SubmitRequest.Decide(Guid.NewGuid(), RitaPerson, Case(), ScreeningPolicy.Current, Now).DpiaRequired);

    [Fact]
    public void GivenChangesRequested_WhenRevisedWithChanges_ThenResubmittedAsTheNextRevisionWithContentChanged()
    {
        var request = InStatus(RequestStatus.ChangesRequested);
        var revised = Case(Body() with { Purpose = "Share exercise videos and clinic closures." });
        var events = ReviseRequest.Decide(request, Rita, revised, ScreeningPolicy.Current, Now);

        var e = Assert.IsType<RequestRevised>(Assert.Single(events));
        Assert.Equal(2, e.Revision);
        Assert.True(e.ContentChanged);
        var after = Fold(request, events);
        Assert.Equal(RequestStatus.Submitted, after.Status);
        Assert.Equal("Share exercise videos and clinic closures.", after.Case.Purpose);
    }

    [Fact]
    public void GivenChangesRequested_WhenResubmittedUnchanged_ThenContentChangedIsFalse()
    {
        var e = (RequestRevised)ReviseRequest.Decide(InStatus(RequestStatus.ChangesRequested), Rita, Case(), ScreeningPolicy.Current, Now)[0];
        Assert.False(e.ContentChanged);
    }

    [Fact]
    public void GivenChangesRequested_WhenOnlyACustodianChanges_ThenContentChangedIsTrue()
    {
        var revised = Case(Body() with
        {
            Custodians = [new CustodianBody(Carl, "Carl Obi", "carl@example.nhs.uk"), new CustodianBody("ivy", "Ivy Green", "ivy@example.nhs.uk")],
        });
        var e = (RequestRevised)ReviseRequest.Decide(InStatus(RequestStatus.ChangesRequested), Rita, revised, ScreeningPolicy.Current, Now)[0];
        Assert.True(e.ContentChanged);
    }

    [Fact]
    public void GivenARevisionThatAnswersYes_WhenRevised_ThenDpiaRequiredIsRecomputed()
    {
        var revised = Case(Body() with { DpiaScreening = NoScreeningYes with { SensitiveData = true } });
        var e = (RequestRevised)ReviseRequest.Decide(InStatus(RequestStatus.ChangesRequested), Rita, revised, ScreeningPolicy.Current, Now)[0];
        Assert.True(e.DpiaRequired);
    }

    [Theory]
    [InlineData(RequestStatus.Submitted)] [InlineData(RequestStatus.Approved)] [InlineData(RequestStatus.Rejected)] [InlineData(RequestStatus.Withdrawn)]
    public void GivenAnyStatusButChangesRequested_WhenRevised_ThenRuleViolation(RequestStatus status) =>
        Assert.Throws<RuleViolation>(() => ReviseRequest.Decide(InStatus(status), Rita, Case(), ScreeningPolicy.Current, Now));

    [Fact]
    public void GivenSomeoneElse_WhenRevising_ThenAccessDenied() =>
        Assert.Throws<AccessDenied>(() => ReviseRequest.Decide(InStatus(RequestStatus.ChangesRequested), Sam, Case(), ScreeningPolicy.Current, Now));

    [Theory]
    [InlineData(RequestStatus.Submitted)] [InlineData(RequestStatus.ChangesRequested)]
    public void GivenAnUndecidedRequest_WhenWithdrawn_ThenWithdrawn(RequestStatus status)
    {
        var events = WithdrawRequest.Decide(InStatus(status), Rita, "No longer needed.", Now);
        Assert.Equal(RequestStatus.Withdrawn, Fold(InStatus(status), events).Status);
    }

    [Theory]
    [InlineData(RequestStatus.Approved)] [InlineData(RequestStatus.Rejected)] [InlineData(RequestStatus.Withdrawn)]
    public void GivenADecidedOrWithdrawnRequest_WhenWithdrawn_ThenRuleViolation(RequestStatus status) =>
        Assert.Throws<RuleViolation>(() => WithdrawRequest.Decide(InStatus(status), Rita, null, Now));

    [Fact]
    public void GivenSomeoneElse_WhenWithdrawing_ThenAccessDenied() =>
        Assert.Throws<AccessDenied>(() => WithdrawRequest.Decide(InStatus(RequestStatus.Submitted), Carl, null, Now));

    [Fact]
    public void GivenADpiaIsRequired_WhenAttached_ThenItIsKeptForTheCurrentRevision()
    {
        var request = InStatus(RequestStatus.Submitted, dpiaRequired: true);
        var after = Fold(request, AttachDpia.Decide(request, Rita, Dpia, Now));
        Assert.Equal(Dpia, after.Dpia);
        Assert.Equal(1, after.DpiaForRevision);
    }

    [Fact]
    public void GivenNoDpiaIsRequired_WhenAttached_ThenRuleViolation() =>
        Assert.Throws<RuleViolation>(() => AttachDpia.Decide(InStatus(RequestStatus.Submitted), Rita, Dpia, Now));

    [Theory]
    [InlineData(RequestStatus.Approved)] [InlineData(RequestStatus.Rejected)] [InlineData(RequestStatus.Withdrawn)]
    public void GivenAClosedRequest_WhenADpiaIsAttached_ThenRuleViolation(RequestStatus status) =>
        Assert.Throws<RuleViolation>(() => AttachDpia.Decide(InStatus(status, dpiaRequired: true), Rita, Dpia, Now));

    [Fact]
    public void GivenSomeoneElse_WhenAttachingADpia_ThenAccessDenied() =>
        Assert.Throws<AccessDenied>(() => AttachDpia.Decide(InStatus(RequestStatus.Submitted, dpiaRequired: true), "ivy", Dpia, Now));

    private static Decisions.AccountRequestApproved Approved(Guid id) =>
        new(id, "Team", "Instagram", "@h", new("sam", "Sam Patel"), [], ["Review in 12 months."], "beth", Now);

    [Theory]
    [InlineData(RequestStatus.Submitted, RequestStatus.Approved)]
    [InlineData(RequestStatus.ChangesRequested, RequestStatus.Approved)]
    [InlineData(RequestStatus.Withdrawn, RequestStatus.Withdrawn)]
    [InlineData(RequestStatus.Rejected, RequestStatus.Rejected)]
    [InlineData(RequestStatus.Approved, RequestStatus.Approved)]
    public void GivenAStatus_WhenApprovalArrives_ThenOnlyAnUndecidedRequestIsApproved(RequestStatus from, RequestStatus to)
    {
        var request = InStatus(from);
        Assert.Equal(to, Fold(request, RecordDecision.Decide(request, Approved(request.Id))).Status);
    }

    [Theory]
    [InlineData(RequestStatus.Submitted, RequestStatus.Rejected)]
    [InlineData(RequestStatus.ChangesRequested, RequestStatus.Rejected)]
    [InlineData(RequestStatus.Withdrawn, RequestStatus.Withdrawn)]
    [InlineData(RequestStatus.Approved, RequestStatus.Approved)]
    public void GivenAStatus_WhenRejectionArrives_ThenOnlyAnUndecidedRequestIsRejected(RequestStatus from, RequestStatus to)
    {
        var request = InStatus(from);
        var m = new Decisions.AccountRequestRejected(request.Id, "DpiaReview", "ivy", "Residual risk too high.", Now);
        Assert.Equal(to, Fold(request, RecordDecision.Decide(request, m)).Status);
    }

    [Theory]
    [InlineData(RequestStatus.Submitted, RequestStatus.ChangesRequested, 1)]
    [InlineData(RequestStatus.ChangesRequested, RequestStatus.ChangesRequested, 0)]
    [InlineData(RequestStatus.Withdrawn, RequestStatus.Withdrawn, 0)]
    [InlineData(RequestStatus.Approved, RequestStatus.Approved, 0)]
    public void GivenAStatus_WhenChangesAreRequested_ThenOnlyARequestAwaitingReviewMoves(RequestStatus from, RequestStatus to, int events)
    {
        var request = InStatus(from);
        var decided = RecordDecision.Decide(request, new Decisions.ChangesRequested(request.Id, "beth", "Name a second deputy.", Now));
        Assert.Equal(events, decided.Count);
        Assert.Equal(to, Fold(request, decided).Status);
    }

    [Fact]
    public void GivenAFullCycle_WhenChangesRequestedRevisedAndApproved_ThenEveryStepIsReflected()
    {
        var r = InStatus(RequestStatus.Submitted);
        r = Fold(r, RecordDecision.Decide(r, new Decisions.ChangesRequested(r.Id, "beth", "More.", Now)));
        r = Fold(r, ReviseRequest.Decide(r, Rita, Case(Body() with { Audience = "Families." }), ScreeningPolicy.Current, Now));
        r = Fold(r, RecordDecision.Decide(r, new Decisions.ChangesRequested(r.Id, "beth", "Still more.", Now)));
        r = Fold(r, ReviseRequest.Decide(r, Rita, Case(Body() with { Audience = "Families and carers." }), ScreeningPolicy.Current, Now));
        r = Fold(r, RecordDecision.Decide(r, Approved(r.Id)));
        Assert.Equal((RequestStatus.Approved, 3), (r.Status, r.Revision));
        Assert.Equal(Now, r.DecidedAt);
    }

    [Theory]
    [InlineData(RequestStatus.Submitted, "bob", 1)]
    [InlineData(RequestStatus.Submitted, "sam", 0)]
    [InlineData(RequestStatus.ChangesRequested, "bob", 0)]
    [InlineData(RequestStatus.Withdrawn, "bob", 0)]
    public void GivenAStatus_WhenApprovalsReplacesTheSponsor_ThenOnlyAnUndecidedRequestNamesTheNewOne(RequestStatus from, string sponsor, int events)
    {
        var request = InStatus(from);
        var decided = RecordDecision.Decide(request, new Decisions.SponsorReplaced(request.Id, "sam",
            new Decisions.ApprovedStaff(sponsor, "Someone"), $"{sponsor}@example.nhs.uk", "rita", null, Now));
        Assert.Equal(events, decided.Count);
        if (events == 1)
            Assert.Equal((sponsor, sponsor), (Fold(request, decided).Case.Sponsor.UserId, Fold(request, decided).SponsorId));
    }
}
