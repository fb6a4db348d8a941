using System.Net;
using System.Net.Http.Json;
using AccountGov.AccountRequests.Contracts;
using AccountGov.Approvals.Contracts;
using AccountGov.Testing;

namespace AccountGov.Approvals.IntegrationTests;

/// <summary>
/// Issue 13, the approval half: a wrong sponsor is replaced instead of leaving the request stuck; BD sends a case back
/// from any stage; IG asks for an amended DPIA, and accepts a High residual risk only with a comment.
/// </summary>
public class NoDeadEndsTests(ApprovalsFixture fixture) : IClassFixture<ApprovalsFixture>
{
    private readonly Requests requests = new(fixture.Approvals);

    private Task<HttpClient> As(string user, params string[] roles) => fixture.Approvals.ClientFor(user, roles);

    private static string ETag(HttpResponseMessage response) => response.Headers.ETag!.ToString();

    [Fact]
    public async Task GivenASponsorWhoIsNotASeniorManager_WhenTheRequesterNamesAnother_ThenTheNewSponsorEndorsesAndTheOldOneCannot()
    {
        var id = await requests.Submit(sponsor: Personas.Hana);
        var hana = await As(Personas.Hana, "Staff");
        Assert.Equal(HttpStatusCode.Forbidden, (await hana.Endorse(id)).StatusCode);

        var rita = await As(Personas.Rita, "Staff");
        var read = await rita.GetAsync($"/cases/{id}");
        var replaced = await rita.ReplaceSponsor(id, Personas.Sam, ETag(read));
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        var details = (await replaced.Content.ReadFromJsonAsync<CaseDetails>())!;
        Assert.Equal((Personas.Sam, StageName.SponsorEndorsement), (details.Sponsor.UserId, details.CurrentStage));
        Assert.NotNull(details.DueBy);
        Assert.Equal("SponsorReplaced", details.History[^1].Event);

        // The stale ETag from before the replacement is refused; the old sponsor, even promoted, may not endorse.
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await rita.ReplaceSponsor(id, Personas.Bob, ETag(read))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await As(Personas.Hana, "SeniorManager")).Endorse(id)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await As(Personas.Sam, "SeniorManager")).Endorse(id)).StatusCode);

        var message = await Eventually.Get(() => Task.FromResult(
            fixture.PublishedFor<SponsorReplaced>(id, m => m.RequestId).FirstOrDefault()), what: "SponsorReplaced");
        Assert.Equal((Personas.Hana, Personas.Sam, "sam@example.nhs.uk", Personas.Rita),
            (message.PreviousSponsorId, message.Sponsor.UserId, message.SponsorEmail, message.ReplacedBy));
        Assert.Equal(details.DueBy, message.DueBy);
    }

    [Fact]
    public async Task GivenAPendingEndorsement_WhenBdReplacesTheSponsorBadlyOrLate_ThenEachRefusalSaysWhy()
    {
        var id = await requests.Submit(sponsor: Personas.Hana);
        var beth = await As(Personas.Beth, "BusinessDevelopment");

        var custodian = await beth.ReplaceSponsor(id, Personas.Carl);
        Assert.Equal(HttpStatusCode.BadRequest, custodian.StatusCode);
        Assert.Contains("userId", (await custodian.Problem()).Fields);
        var requester = await beth.ReplaceSponsor(id, Personas.Rita);
        Assert.Contains("userId", (await requester.Problem()).Fields);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await As(Personas.Ivy, "InformationGovernance")).ReplaceSponsor(id, Personas.Sam)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await beth.ReplaceSponsor(id, Personas.Sam)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await As(Personas.Sam, "SeniorManager")).Endorse(id)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await beth.ReplaceSponsor(id, Personas.Bob)).StatusCode);
    }

    [Fact]
    public async Task GivenAPendingEndorsement_WhenBdSendsTheCaseBack_ThenTheRequesterRevisesAndItRoutesAgain()
    {
        var id = await requests.Submit(sponsor: Personas.Hana);
        var beth = await As(Personas.Beth, "BusinessDevelopment");

        var noReason = await beth.Decide(id, "ChangesRequested");
        Assert.Contains("comment", (await noReason.Problem()).Fields);
        var sentBack = await beth.Decide(id, "ChangesRequested", "Name a senior manager as sponsor");
        Assert.Equal(HttpStatusCode.OK, sentBack.StatusCode);
        var details = (await sentBack.Content.ReadFromJsonAsync<CaseDetails>())!;
        Assert.Equal(CaseStatus.ChangesRequested, details.Status);
        Assert.Equal(StageStatus.Pending, details.Stages[0].Status);
        Assert.Equal(("ChangesRequested", StageName.SponsorEndorsement), (details.History[^1].Event, details.History[^1].Stage));
        await Eventually.Get(() => Task.FromResult(fixture.PublishedFor<ChangesRequested>(id, m => m.RequestId).FirstOrDefault()),
            what: "ChangesRequested");

        var submitted = Requests.Submission(id);
        await requests.Publish(new RequestRevised(id, 2, submitted.Team, submitted.Platform, submitted.Handle, submitted.Requester,
            submitted.Sponsor, submitted.Custodians, false, true, DateTimeOffset.UtcNow));
        var reopened = await requests.CaseIn(id, c => c!.Revision == 2);
        Assert.Equal((CaseStatus.Open, StageName.SponsorEndorsement, Personas.Sam), (reopened.Status, reopened.CurrentStage, reopened.Sponsor.UserId));
        Assert.Equal(HttpStatusCode.OK, (await (await As(Personas.Sam, "SeniorManager")).Endorse(id)).StatusCode);
    }

    [Fact]
    public async Task GivenAHighRiskDpia_WhenIgAsksForChangesThenAcceptsTheAmendedOne_ThenTheQueuesFollowAndAcceptingNeedsAComment()
    {
        var id = await requests.Submit(dpiaRequired: true);
        Assert.Equal(HttpStatusCode.OK, (await (await As(Personas.Sam, "SeniorManager")).Endorse(id)).StatusCode);
        var ivy = await As(Personas.Ivy, "InformationGovernance");
        Assert.Equal((false, true), await InQueues(ivy, id));

        await requests.Publish(new DpiaAttached(id, 1, Personas.Rita, DateTimeOffset.UtcNow, "High"));
        await requests.CaseIn(id, c => c!.DpiaAttached && c.DueBy is not null);
        Assert.Equal((true, false), await InQueues(ivy, id));

        var asked = await ivy.ReviewDpia(id, "ChangesRequested", "Say how long messages are kept");
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var waiting = (await asked.Content.ReadFromJsonAsync<CaseDetails>())!;
        Assert.Equal((CaseStatus.Open, StageName.DpiaReview, false, (DateOnly?)null),
            (waiting.Status, waiting.CurrentStage, waiting.DpiaAttached, waiting.DueBy));
        Assert.Equal((false, true), await InQueues(ivy, id));
        Assert.Equal(HttpStatusCode.Conflict, (await ivy.ReviewDpia(id)).StatusCode);
        var told = await Eventually.Get(() => Task.FromResult(
            fixture.PublishedFor<DpiaChangesRequested>(id, m => m.RequestId).FirstOrDefault()), what: "DpiaChangesRequested");
        Assert.Equal("Say how long messages are kept", told.Comment);

        await requests.Publish(new DpiaAttached(id, 1, Personas.Rita, DateTimeOffset.UtcNow.AddSeconds(1), "High"));
        await requests.CaseIn(id, c => c!.DpiaAttached && c.DueBy is not null);
        Assert.Equal((true, false), await InQueues(ivy, id));
        var silent = await ivy.ReviewDpia(id, "Accepted");
        Assert.Equal(HttpStatusCode.BadRequest, silent.StatusCode);
        Assert.Contains("comment", (await silent.Problem()).Fields);
        var accepted = await ivy.ReviewDpia(id, "Accepted", "Retention now 30 days; moderated daily");
        Assert.Equal(StageName.BusinessDevelopmentDecision, (await accepted.Content.ReadFromJsonAsync<CaseDetails>())!.CurrentStage);
    }

    /// <summary>Is the case in IG's ready queue, and in the waiting-for-a-DPIA list?</summary>
    private static async Task<(bool Ready, bool Waiting)> InQueues(HttpClient ig, Guid id)
    {
        var ready = await ig.GetFromJsonAsync<CaseSummary[]>("/cases?stage=DpiaReview&take=200");
        var waiting = await ig.GetFromJsonAsync<CaseSummary[]>("/cases/awaiting-dpia?take=200");
        return (ready!.Any(c => c.RequestId == id), waiting!.Any(c => c.RequestId == id));
    }
}
