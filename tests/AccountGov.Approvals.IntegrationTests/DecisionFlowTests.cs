using System.Net;
using AccountGov.AccountRequests.Contracts;
using AccountGov.Approvals.Api.Cases;
using AccountGov.Approvals.Contracts;
using AccountGov.Testing;
using Marten;
using Refit;

namespace AccountGov.Approvals.IntegrationTests;

/// <summary>From AccountRequests' messages, through the three decisions over HTTP, to the outcome messages on the broker.</summary>
public class DecisionFlowTests(ApprovalsFixture fixture) : IClassFixture<ApprovalsFixture>
{
    private readonly Requests requests = new(fixture.Approvals);

    private async Task<IApprovalsApi> Api(string user, params string[] roles) =>
        RestService.For<IApprovalsApi>(await fixture.Approvals.ClientFor(user, roles));

    [Fact]
    public async Task GivenASubmission_WhenEndorsedAndApprovedWithConditions_ThenAccountRequestApprovedCarriesWhatCustodyNeeds()
    {
        var id = await requests.Submit();
        var sam = await Api(Personas.Sam, "SeniorManager");
        var beth = await Api(Personas.Beth, "BusinessDevelopment");

        var endorsed = await sam.Endorse(id, new EndorsementBody(true, "Supports the service's outreach"));
        Assert.Equal(StageName.BusinessDevelopmentDecision, endorsed.CurrentStage);
        Assert.NotNull(endorsed.DueBy);
        Assert.Contains(await beth.GetQueue(StageName.BusinessDevelopmentDecision, CaseStatus.Open), c => c.RequestId == id);
        var approved = await beth.Decide(id, new DecisionBody("Approved", null, ["Review in 12 months", "Display the disclaimer"]));

        Assert.Equal(CaseStatus.Approved, approved.Status);
        Assert.Equal(["Review in 12 months", "Display the disclaimer"], approved.Conditions);
        Assert.Equal(["Opened", "Endorsed", "Approved"], approved.History.Select(h => h.Event));
        Assert.Equal([Personas.Rita, Personas.Sam, Personas.Beth], approved.History.Select(h => h.By));
        Assert.All(approved.Stages, s => Assert.Equal(StageStatus.Completed, s.Status));

        var message = await Eventually.Get(() => Task.FromResult(
            fixture.PublishedFor<AccountRequestApproved>(id, m => m.RequestId).FirstOrDefault()), what: "AccountRequestApproved");
        Assert.Equal(("Paediatric Physiotherapy", "Instagram"), (message.Team, message.Platform));
        Assert.Equal(new ApprovedStaff(Personas.Sam, "Sam Patel"), message.Sponsor);
        Assert.Equal([(Personas.Carl, ApprovedCustodianRole.Primary), (Personas.Dina, ApprovedCustodianRole.Deputy)],
            message.Custodians.Select(c => (c.UserId, c.Role)));
        Assert.Equal(["Review in 12 months", "Display the disclaimer"], message.Conditions);
        Assert.Equal(Personas.Beth, message.ApprovedBy);
    }

    [Fact]
    public async Task GivenTheOpenApiDocument_WhenRead_ThenItDescribesEveryApprovalsRoute()
    {
        var document = await fixture.Approvals.CreateClient().GetStringAsync("/openapi/v1.json");
        foreach (var route in new[] { "/cases", "/cases/{requestId}", "/cases/awaiting-my-endorsement",
                     "/cases/{requestId}/endorsement", "/cases/{requestId}/dpia-review", "/cases/{requestId}/decision",
                     "/cases/{requestId}/sponsor", "/cases/awaiting-dpia" })
            Assert.Contains($"\"{route}\"", document);
    }

    [Fact]
    public async Task GivenADpiaRequired_WhenReviewedBeforeAndAfterAttachment_ThenTheReviewWaitsForTheDpia()
    {
        var id = await requests.Submit(dpiaRequired: true);
        var sam = await fixture.Approvals.ClientFor(Personas.Sam, "SeniorManager");
        var ivy = await fixture.Approvals.ClientFor(Personas.Ivy, "InformationGovernance");
        var beth = await fixture.Approvals.ClientFor(Personas.Beth, "BusinessDevelopment");

        Assert.Equal(HttpStatusCode.OK, (await sam.Endorse(id)).StatusCode);
        var early = await ivy.ReviewDpia(id);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("DPIA has not been attached", (await early.Problem()).Detail);
        var tooSoon = await beth.Decide(id);
        Assert.Contains("DpiaReview stage is outstanding", (await tooSoon.Problem()).Detail);

        await requests.Publish(new DpiaAttached(id, 1, Personas.Rita, DateTimeOffset.UtcNow));
        await requests.CaseIn(id, c => c!.DpiaAttached && c.DueBy is not null);
        Assert.Equal(HttpStatusCode.OK, (await ivy.ReviewDpia(id, "Accepted", "Proportionate")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await beth.Decide(id)).StatusCode);

        var done = await requests.CaseIn(id, c => c!.Status == CaseStatus.Approved);
        Assert.Equal([StageName.SponsorEndorsement, StageName.DpiaReview, StageName.BusinessDevelopmentDecision], done.Stages.Select(s => s.Name));
        Assert.Equal(Personas.Ivy, done.Stages[1].DecidedBy);
    }

    [Fact]
    public async Task GivenChangesRequested_WhenTheRequestIsRevised_ThenTheCaseReopensWithItsHistoryAndResetStages()
    {
        var id = await requests.Submit();
        var sam = await fixture.Approvals.ClientFor(Personas.Sam, "SeniorManager");
        var beth = await fixture.Approvals.ClientFor(Personas.Beth, "BusinessDevelopment");
        await sam.Endorse(id);
        Assert.Equal(HttpStatusCode.OK, (await beth.Decide(id, "ChangesRequested", "Name a second deputy")).StatusCode);

        var changes = await Eventually.Get(() => Task.FromResult(
            fixture.PublishedFor<ChangesRequested>(id, m => m.RequestId).FirstOrDefault()), what: "ChangesRequested");
        Assert.Equal("Name a second deputy", changes.Comment);

        var s = Requests.Submission(id);
        await requests.Publish(new RequestRevised(id, 2, s.Team, s.Platform, "@revised", s.Requester, s.Sponsor, s.Custodians,
            DpiaRequired: false, ContentChanged: true, DateTimeOffset.UtcNow));
        var reopened = await requests.CaseIn(id, c => c!.Revision == 2);

        Assert.Equal(CaseStatus.Open, reopened.Status);
        Assert.Equal("@revised", reopened.Handle);
        Assert.Equal(StageName.SponsorEndorsement, reopened.CurrentStage);
        Assert.All(reopened.Stages, x => Assert.Equal(StageStatus.Pending, x.Status));
        Assert.Equal(["Opened", "Endorsed", "ChangesRequested", "Revised (revision 2)"], reopened.History.Select(h => h.Event));
    }

    [Fact]
    public async Task GivenRejections_WhenTheSponsorDeclinesOrBdRejects_ThenAccountRequestRejectedNamesTheStage()
    {
        var declined = await requests.Submit();
        var rejected = await requests.Submit();
        var sam = await fixture.Approvals.ClientFor(Personas.Sam, "SeniorManager");
        var beth = await fixture.Approvals.ClientFor(Personas.Beth, "BusinessDevelopment");

        Assert.Equal(HttpStatusCode.OK, (await sam.Endorse(declined, endorsed: false, comment: "No capacity to monitor")).StatusCode);
        await sam.Endorse(rejected);
        Assert.Equal(HttpStatusCode.OK, (await beth.Decide(rejected, "Rejected", "Duplicates the trust account")).StatusCode);

        var first = await Eventually.Get(() => Task.FromResult(fixture.PublishedFor<AccountRequestRejected>(declined, m => m.RequestId).FirstOrDefault()));
        var second = await Eventually.Get(() => Task.FromResult(fixture.PublishedFor<AccountRequestRejected>(rejected, m => m.RequestId).FirstOrDefault()));
        Assert.Equal(("SponsorEndorsement", Personas.Sam, "No capacity to monitor"), (first.Stage, first.RejectedBy, first.Reason));
        Assert.Equal(("BusinessDevelopmentDecision", Personas.Beth), (second.Stage, second.RejectedBy));

        // Names and free-text reasons live in the event store and the messages, never in the logs.
        Assert.DoesNotContain(fixture.Approvals.Logs.Lines, l => l.Contains("No capacity to monitor") || l.Contains("Sam Patel") || l.Contains("Rita Shah"));
    }

    [Fact]
    public async Task GivenAWithdrawal_WhenBdThenDecides_ThenTheCaseIsWithdrawnAndTheDecisionIsAConflict()
    {
        var id = await requests.Submit();
        await requests.Publish(new RequestWithdrawn(id, Personas.Rita, DateTimeOffset.UtcNow));
        await requests.CaseIn(id, c => c!.Status == CaseStatus.Withdrawn);

        var sam = await fixture.Approvals.ClientFor(Personas.Sam, "SeniorManager");
        var beth = await fixture.Approvals.ClientFor(Personas.Beth, "BusinessDevelopment");
        Assert.Equal(HttpStatusCode.Conflict, (await sam.Endorse(id)).StatusCode);
        var decision = await beth.Decide(id);
        Assert.Equal(HttpStatusCode.Conflict, decision.StatusCode);
        Assert.Contains("Withdrawn", (await decision.Problem()).Detail);
    }

    [Fact]
    public async Task GivenTheSameRequestSubmittedTwice_WhenConsumed_ThenOneCaseExists()
    {
        var id = await requests.Submit();
        await requests.Publish(Requests.Submission(id));
        await requests.Publish(new DpiaAttached(id, 1, Personas.Rita, DateTimeOffset.UtcNow)); // a later message, to know both were consumed
        await requests.CaseIn(id, c => c!.DpiaAttached);

        await using var session = fixture.Approvals.Get<IDocumentStore>().QuerySession();
        var events = await session.Events.FetchStreamAsync(id);
        Assert.Single(events, e => e.Data is CaseOpened);
    }

    [Fact]
    public async Task GivenADpiaAttachedBeforeItsSubmission_WhenBothArrive_ThenTheAttachmentIsAppliedOnceTheCaseOpens()
    {
        var id = Guid.CreateVersion7();
        var attachmentReceived = ConsumeSeen<DpiaAttached>.On(fixture.Approvals.Get<MassTransit.IBus>(), m => m.RequestId == id, out var handle);
        await requests.Publish(new DpiaAttached(id, 1, Personas.Rita, DateTimeOffset.UtcNow));
        await attachmentReceived.Task; // the attachment reached its consumer before there was any case
        handle.Disconnect();
        await requests.Publish(Requests.Submission(id, dpiaRequired: true));

        var c = await requests.CaseIn(id, x => x is { DpiaAttached: true });
        Assert.Equal(CaseStatus.Open, c.Status);
    }

    [Fact]
    public async Task GivenAFullLifecycle_WhenTheCaseIsReplayedFromItsEvents_ThenItEqualsTheStoredSnapshot()
    {
        var id = await requests.Submit(dpiaRequired: true);
        await (await fixture.Approvals.ClientFor(Personas.Sam, "SeniorManager")).Endorse(id);
        await requests.Publish(new DpiaAttached(id, 1, Personas.Rita, DateTimeOffset.UtcNow));
        await requests.CaseIn(id, c => c!.DpiaAttached);
        await (await fixture.Approvals.ClientFor(Personas.Ivy, "InformationGovernance")).ReviewDpia(id);
        await (await fixture.Approvals.ClientFor(Personas.Beth, "BusinessDevelopment")).Decide(id, conditions: ["Review yearly"]);

        await using var session = fixture.Approvals.Get<IDocumentStore>().QuerySession();
        var stored = await session.LoadAsync<Case>(id);
        var replayed = await session.Events.AggregateStreamAsync<Case>(id);
        Assert.Equal(CaseStatus.Approved, replayed!.Status);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(stored), System.Text.Json.JsonSerializer.Serialize(replayed));
    }
}
