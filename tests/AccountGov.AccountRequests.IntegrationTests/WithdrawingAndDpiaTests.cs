using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.Testing;
using Decisions = AccountGov.Approvals.Contracts;

namespace AccountGov.AccountRequests.IntegrationTests;

[Collection(RequestsCollection.Name)]
public class WithdrawingAndDpiaTests(RequestsFixture fx)
{
    [Fact]
    public async Task GivenASubmittedRequest_WhenTheRequesterWithdraws_ThenWithdrawnWithTheReasonInHistory()
    {
        var created = await fx.Submit(Bodies.Valid(handle: "@withdraw-ok"));
        var response = await fx.Rita.PostAsJsonAsync($"/requests/{created.Id}/withdraw", new { reason = "The service is merging." });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var read = await fx.Get(created.Id);
        Assert.Equal(RequestStatus.Withdrawn, read.Status);
        Assert.Equal(("Withdrawn", Personas.Rita, "The service is merging."), (read.History[^1].Event, read.History[^1].By, read.History[^1].Comment));
    }

    [Fact]
    public async Task GivenNoBody_WhenWithdrawn_ThenWithdrawn()
    {
        var created = await fx.Submit(Bodies.Valid(handle: "@withdraw-nobody"));
        var response = await fx.Rita.PostAsync($"/requests/{created.Id}/withdraw", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task GivenAMalformedOrOverLongReason_WhenWithdrawn_Then400AndStillSubmitted()
    {
        var created = await fx.Submit(Bodies.Valid(handle: "@withdraw-400"));
        var malformed = await fx.Rita.PostAsync($"/requests/{created.Id}/withdraw",
            new StringContent("{\"reason\": ", System.Text.Encoding.UTF8, "application/json"));
        var tooLong = await fx.Rita.PostAsJsonAsync($"/requests/{created.Id}/withdraw", new { reason = new string('r', 1001) });
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (malformed.StatusCode, tooLong.StatusCode));
        var problem = await tooLong.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(RequestStatus.Submitted, (await fx.Get(created.Id)).Status);
    }

    [Fact]
    public async Task GivenChangesRequested_WhenWithdrawn_ThenWithdrawn()
    {
        var created = await fx.Submit(Bodies.Valid(handle: "@withdraw-changes"));
        await fx.RequestChanges(created.Id);
        Assert.Equal(HttpStatusCode.OK, (await fx.Rita.PostAsJsonAsync($"/requests/{created.Id}/withdraw", new { })).StatusCode);
    }

    [Fact]
    public async Task GivenADecidedRequest_WhenWithdrawn_Then409()
    {
        var created = await fx.Submit(Bodies.Valid(handle: "@withdraw-decided"));
        await fx.Decide(created.Id, new Decisions.AccountRequestRejected(created.Id, "BusinessDevelopmentDecision", Personas.Beth,
            "Covered by the trust's main account.", DateTimeOffset.UtcNow), RequestStatus.Rejected);
        var response = await fx.Rita.PostAsJsonAsync($"/requests/{created.Id}/withdraw", new { });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task GivenSomeoneElse_WhenWithdrawing_Then403AndStillSubmitted()
    {
        var created = await fx.Submit(Bodies.Valid(handle: "@withdraw-403"));
        Assert.Equal(HttpStatusCode.Forbidden, (await fx.Sam.PostAsJsonAsync($"/requests/{created.Id}/withdraw", new { })).StatusCode);
        Assert.Equal(RequestStatus.Submitted, (await fx.Get(created.Id)).Status);
    }

    [Fact]
    public async Task GivenAStaleIfMatch_WhenWithdrawn_Then412()
    {
        var created = await fx.Submit(Bodies.Valid(handle: "@withdraw-412"));
        await fx.RequestChanges(created.Id);
        var message = new HttpRequestMessage(HttpMethod.Post, $"/requests/{created.Id}/withdraw") { Content = JsonContent.Create(new { }) };
        message.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await fx.Rita.SendAsync(message)).StatusCode);
    }

    [Fact]
    public async Task GivenAnUnknownId_WhenWithdrawn_Then404() =>
        Assert.Equal(HttpStatusCode.NotFound, (await fx.Rita.PostAsJsonAsync($"/requests/{Guid.NewGuid()}/withdraw", new { })).StatusCode);

    [Fact]
    public async Task GivenADpiaIsRequired_WhenTheRequesterAttachesIt_ThenItIsReadBackWithItsRisks()
    {
        var created = await fx.Submit(Bodies.Valid("WhatsApp", "@dpia-ok").With("messagingChecklist", Bodies.Checklist())
            .With("dpiaScreening", Bodies.Screening(yes: "personalData")));
        var response = await fx.Rita.PostAsJsonAsync($"/requests/{created.Id}/dpia", Bodies.Dpia());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var read = await fx.Get(created.Id);
        Assert.Equal(("Possible", "Significant", "Low"), (read.Dpia!.Risks[0].Likelihood, read.Dpia.Risks[0].Severity, read.Dpia.ResidualRisk));
        Assert.Equal(1, read.Dpia.ForRevision);
        Assert.Equal("DpiaAttached", read.History[^1].Event);
    }

    [Fact]
    public async Task GivenChangesRequested_WhenTheDpiaIsAttachedAgain_ThenTheNewOneReplacesItAndBothStayInHistory()
    {
        var created = await fx.Submit(Bodies.Valid(handle: "@dpia-again").With("dpiaScreening", Bodies.Screening(yes: "sensitiveData")));
        await fx.Rita.PostAsJsonAsync($"/requests/{created.Id}/dpia", Bodies.Dpia());
        await fx.RequestChanges(created.Id);
        var second = await fx.Rita.PostAsJsonAsync($"/requests/{created.Id}/dpia", Bodies.Dpia().With("residualRisk", "Medium"));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);

        var read = await fx.Get(created.Id);
        Assert.Equal("Medium", read.Dpia!.ResidualRisk);
        Assert.Equal(2, read.History.Count(h => h.Event == "DpiaAttached"));
        Assert.Equal(RequestStatus.ChangesRequested, read.Status);
    }

    [Fact]
    public async Task GivenADecidedRequest_WhenADpiaIsAttached_Then409()
    {
        var created = await fx.Submit(Bodies.Valid(handle: "@dpia-decided").With("dpiaScreening", Bodies.Screening(yes: "personalData")));
        await fx.Decide(created.Id, new Decisions.AccountRequestRejected(created.Id, "SponsorEndorsement", Personas.Sam, "Not endorsed.",
            DateTimeOffset.UtcNow), RequestStatus.Rejected);
        Assert.Equal(HttpStatusCode.Conflict, (await fx.Rita.PostAsJsonAsync($"/requests/{created.Id}/dpia", Bodies.Dpia())).StatusCode);
    }

    [Fact]
    public async Task GivenAStaleIfMatch_WhenADpiaIsAttached_Then412()
    {
        var created = await fx.Submit(Bodies.Valid(handle: "@dpia-412").With("dpiaScreening", Bodies.Screening(yes: "personalData")));
        await fx.RequestChanges(created.Id);
        var message = new HttpRequestMessage(HttpMethod.Post, $"/requests/{created.Id}/dpia") { Content = JsonContent.Create(Bodies.Dpia()) };
        message.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await fx.Rita.SendAsync(message)).StatusCode);
    }

    [Fact]
    public async Task GivenAnUnknownId_WhenADpiaIsAttached_Then404() =>
        Assert.Equal(HttpStatusCode.NotFound, (await fx.Rita.PostAsJsonAsync($"/requests/{Guid.NewGuid()}/dpia", Bodies.Dpia())).StatusCode);

    [Fact]
    public async Task GivenNoDpiaIsRequired_WhenAttached_Then409()
    {
        var created = await fx.Submit(Bodies.Valid(handle: "@dpia-409"));
        Assert.Equal(HttpStatusCode.Conflict, (await fx.Rita.PostAsJsonAsync($"/requests/{created.Id}/dpia", Bodies.Dpia())).StatusCode);
    }

    [Fact]
    public async Task GivenSomeoneElse_WhenAttachingADpia_Then403()
    {
        var created = await fx.Submit(Bodies.Valid(handle: "@dpia-403").With("dpiaScreening", Bodies.Screening(yes: "newPurpose")));
        Assert.Equal(HttpStatusCode.Forbidden, (await fx.Ivy.PostAsJsonAsync($"/requests/{created.Id}/dpia", Bodies.Dpia())).StatusCode);
    }

    [Theory]
    [InlineData("descriptionOfProcessing")] [InlineData("residualRisk")] [InlineData("risks[0].likelihood")] [InlineData("risks")]
    public async Task GivenAnIncompleteDpia_WhenAttached_Then400NamingTheFieldAndNothingAppended(string field)
    {
        var created = await fx.Submit(Bodies.Valid().With("dpiaScreening", Bodies.Screening(yes: "personalData")));
        var dpia = field switch
        {
            "descriptionOfProcessing" => Bodies.Dpia().Without("descriptionOfProcessing"),
            "residualRisk" => Bodies.Dpia().With("residualRisk", "Tiny"),
            "risks" => Bodies.Dpia().With("risks", new System.Text.Json.Nodes.JsonArray()),
            _ => Bodies.Dpia().With("risks", new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
            {
                ["description"] = "d", ["likelihood"] = "Always", ["severity"] = "Severe", ["mitigation"] = "m",
            })),
        };
        var response = await fx.Rita.PostAsJsonAsync($"/requests/{created.Id}/dpia", dpia);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(1, (await fx.Get(created.Id)).Version);
    }
}
