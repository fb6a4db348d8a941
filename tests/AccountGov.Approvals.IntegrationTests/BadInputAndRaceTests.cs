using System.Net;
using AccountGov.Approvals.Api.Cases;
using AccountGov.Approvals.Api.Cases.Deciding;
using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Auth;
using AccountGov.ServiceDefaults.Errors;
using AccountGov.Approvals.Contracts;
using AccountGov.Testing;
using Marten;

namespace AccountGov.Approvals.IntegrationTests;

public class BadInputAndRaceTests(ApprovalsFixture fixture) : IClassFixture<ApprovalsFixture>
{
    private readonly Requests requests = new(fixture.Approvals);

    private Task<HttpClient> Beth() => fixture.Approvals.ClientFor(Personas.Beth, "BusinessDevelopment");
    private Task<HttpClient> Bob() => fixture.Approvals.ClientFor(Personas.Bob, "BusinessDevelopment");

    private async Task<Guid> Endorsed()
    {
        var id = await requests.Submit();
        Assert.Equal(HttpStatusCode.OK, (await (await fixture.Approvals.ClientFor(Personas.Sam, "SeniorManager")).Endorse(id)).StatusCode);
        return id;
    }

    [Fact]
    public async Task GivenTwoBdOfficers_WhenTheyDecideTheSameCaseAtOnce_ThenExactlyOneDecisionIsRecordedAndPublished()
    {
        var beth = await Beth();
        var bob = await Bob();
        for (var round = 0; round < 5; round++)
        {
            var id = await Endorsed();
            var responses = await Task.WhenAll(beth.Decide(id, "Approved"), bob.Decide(id, "Rejected", "Not needed"));

            var codes = responses.Select(r => r.StatusCode).ToArray();
            Assert.Single(codes, HttpStatusCode.OK);
            Assert.Single(codes, c => c is HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed);

            await using var session = fixture.Approvals.Get<IDocumentStore>().QuerySession();
            var decisions = (await session.Events.FetchStreamAsync(id))
                .Count(e => e.Data is CaseApproved or CaseRejected or CaseChangesRequested);
            Assert.Equal(1, decisions);

            await Eventually.True(() => Task.FromResult(
                fixture.PublishedFor<AccountRequestApproved>(id, m => m.RequestId).Count()
                + fixture.PublishedFor<AccountRequestRejected>(id, m => m.RequestId).Count() == 1), what: "one outcome message");
        }
        // Nothing more arrives later: no second outcome for any case. The forwarder publishes in commit order, so once
        // the outcome of a case decided after all of these is out, any late duplicate of theirs would be out too.
        var last = await Endorsed();
        await beth.Decide(last, "Approved");
        await Eventually.True(() => Task.FromResult(fixture.PublishedFor<AccountRequestApproved>(last, m => m.RequestId).Any()),
            what: "the outcome of a case decided after the race");
        var outcomes = fixture.Published.Select(p => p.Message switch
        {
            AccountRequestApproved a => a.RequestId,
            AccountRequestRejected r => r.RequestId,
            _ => Guid.Empty,
        }).Where(g => g != Guid.Empty).ToArray();
        Assert.Equal(outcomes.Length, outcomes.Distinct().Count());
    }

    [Fact]
    public async Task GivenTwoOfficersWhoBothReadBeforeEitherCommits_WhenBothDecideWithoutIfMatch_ThenTheSecondCommitIsStale()
    {
        var id = await Endorsed();
        var store = fixture.Approvals.Get<IDocumentStore>();
        using var bothHaveRead = new Barrier(2);

        Task<long> DecideAs(string officer, DecisionOutcome outcome) => Task.Run(async () =>
        {
            await using var session = store.LightweightSession();
            var user = new CurrentUser(officer, officer, new HashSet<string> { "BusinessDevelopment" });
            return await session.Decide<Case>(id, null, c =>
            {
                bothHaveRead.SignalAndWait(TimeSpan.FromSeconds(30));
                return DecideRequest.Decide(c, outcome, "Reason", [], user, DateTimeOffset.UtcNow);
            }, default);
        });

        var attempts = new[] { DecideAs(Personas.Beth, DecisionOutcome.Approved), DecideAs(Personas.Bob, DecisionOutcome.Rejected) };
        var failure = await Assert.ThrowsAsync<StaleVersion>(async () => await Task.WhenAll(attempts));
        Assert.Equal(1, attempts.Count(a => a.IsCompletedSuccessfully));
        Assert.Contains("changed while your action was being applied", failure.Message);

        await using var query = store.QuerySession();
        Assert.Single(await query.Events.FetchStreamAsync(id), e => e.Data is CaseApproved or CaseRejected);
    }

    [Fact]
    public async Task GivenAStaleIfMatch_WhenDeciding_ThenPreconditionFailedAndNothingIsWritten()
    {
        var id = await Endorsed();
        var beth = await Beth();
        var read = await beth.GetAsync($"/cases/{id}");
        var etag = read.Headers.ETag!.Tag;
        Assert.Equal("\"2\"", etag);

        Assert.Equal(HttpStatusCode.PreconditionFailed, (await beth.Decide(id, ifMatch: "\"1\"")).StatusCode);
        Assert.Equal(CaseStatus.Open, (await requests.CaseIn(id, c => c is not null)).Status);
        var ok = await beth.Decide(id, ifMatch: etag);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("\"3\"", ok.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task GivenAnUnknownCase_WhenAnyDecisionIsPosted_ThenNotFound()
    {
        var unknown = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await (await fixture.Approvals.ClientFor(Personas.Sam, "SeniorManager")).Endorse(unknown)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await fixture.Approvals.ClientFor(Personas.Ivy, "InformationGovernance")).ReviewDpia(unknown)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await Beth()).Decide(unknown)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await Beth()).GetAsync($"/cases/{unknown}")).StatusCode);
    }

    [Fact]
    public async Task GivenAnOpenCase_WhenBdDecidesBeforeTheEndorsement_ThenConflictNamingTheOutstandingStage()
    {
        var id = await requests.Submit();
        var response = await (await Beth()).Decide(id);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("SponsorEndorsement", (await response.Problem()).Detail);
    }

    [Fact]
    public async Task GivenADecidedCase_WhenDecidedAgain_ThenConflict()
    {
        var id = await Endorsed();
        Assert.Equal(HttpStatusCode.OK, (await (await Beth()).Decide(id)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await (await Bob()).Decide(id, "Rejected", "Late")).StatusCode);
    }

    [Theory]
    [InlineData("Rejected", null, null, "comment")]
    [InlineData("ChangesRequested", "   ", null, "comment")]
    [InlineData("Maybe", "x", null, "outcome")]
    [InlineData(null, null, null, "outcome")]
    [InlineData("Rejected", "No", new[] { "Review in 12 months" }, "conditions")]
    public async Task GivenBadDecisionInput_WhenPosted_ThenBadRequestNamingTheField(string? outcome, string? comment, string[]? conditions, string field)
    {
        var id = await Endorsed();
        var response = await (await Beth()).Decide(id, outcome!, comment, conditions);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.Problem()).Fields);
        Assert.Equal(CaseStatus.Open, (await requests.CaseIn(id, c => c is not null)).Status);
    }

    [Fact]
    public async Task GivenBadEndorsementAndReviewInput_WhenPosted_ThenBadRequestNamingTheField()
    {
        var id = await requests.Submit(dpiaRequired: true);
        var declined = await (await fixture.Approvals.ClientFor(Personas.Sam, "SeniorManager")).Endorse(id, endorsed: false);
        Assert.Equal(HttpStatusCode.BadRequest, declined.StatusCode);
        Assert.Contains("comment", (await declined.Problem()).Fields);

        var review = await (await fixture.Approvals.ClientFor(Personas.Ivy, "InformationGovernance")).ReviewDpia(id, "Rejected");
        Assert.Equal(HttpStatusCode.BadRequest, review.StatusCode);
        Assert.Contains("comment", (await review.Problem()).Fields);
    }

    [Fact]
    public async Task GivenMalformedJson_WhenPosted_ThenBadRequest()
    {
        var id = await Endorsed();
        var response = await (await Beth()).PostAsync($"/cases/{id}/decision",
            new StringContent("{ \"outcome\": ", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
