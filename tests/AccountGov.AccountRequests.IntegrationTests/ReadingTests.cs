using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.Testing;

namespace AccountGov.AccountRequests.IntegrationTests;

[Collection(RequestsCollection.Name)]
public class ReadingTests(RequestsFixture fx)
{
    private async Task<RequestSummary[]> List(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<RequestSummary[]>($"/requests{query}", RequestsFixture.Json))!;

    [Fact]
    public async Task GivenAnUnknownId_WhenRead_Then404() =>
        Assert.Equal(HttpStatusCode.NotFound, (await fx.Rita.GetAsync($"/requests/{Guid.NewGuid()}")).StatusCode);

    [Fact]
    public async Task GivenARequest_WhenReadByThoseNamedOnItAndTheReviewers_Then200WithAnETag()
    {
        var created = await fx.Submit(Bodies.Valid(handle: "@read-ok"));
        foreach (var client in new[] { fx.Rita, fx.Sam, fx.Carl, fx.Beth, fx.Ivy, fx.Ada })
        {
            var response = await client.GetAsync($"/requests/{created.Id}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("\"1\"", response.Headers.ETag!.Tag);
        }
    }

    [Fact]
    public async Task GivenAnUnknownId_WhenRevisionsAreRead_Then404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await fx.Rita.GetAsync($"/requests/{Guid.NewGuid()}/revisions")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fx.Rita.GetAsync($"/requests/{Guid.NewGuid()}/revisions/1")).StatusCode);
    }

    [Fact]
    public async Task GivenSomeoneNotNamedOnIt_WhenRead_Then403()
    {
        var created = await fx.Submit(Bodies.Valid(handle: "@read-403"));
        Assert.Equal(HttpStatusCode.Forbidden, (await fx.Hana.GetAsync($"/requests/{created.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fx.Hana.GetAsync($"/requests/{created.Id}/revisions")).StatusCode);
    }

    [Fact]
    public async Task GivenRequestsOfSeveralTeamsAndStates_WhenListedWithFilters_ThenOnlyTheMatchingOnes()
    {
        var team = $"Team {Guid.NewGuid():N}";
        var a = await fx.Submit(Bodies.Valid(handle: "@list-a").With("team", team));
        var b = await fx.Submit(Bodies.Valid(handle: "@list-b").With("team", team));
        var other = await fx.Submit(Bodies.Valid(handle: "@list-other").With("team", team), fx.Carl);
        await fx.RequestChanges(b.Id);

        Assert.Equal([other.Id, b.Id, a.Id], (await List(fx.Beth, $"?team={Uri.EscapeDataString(team)}")).Select(r => r.Id));
        Assert.Equal([b.Id], (await List(fx.Beth, $"?team={Uri.EscapeDataString(team.ToUpperInvariant())}&status=ChangesRequested")).Select(r => r.Id));
        Assert.Equal([other.Id], (await List(fx.Ivy, $"?team={Uri.EscapeDataString(team)}&requester={Personas.Carl}")).Select(r => r.Id));
        Assert.Equal([b.Id], (await List(fx.Ada, $"?team={Uri.EscapeDataString(team)}&skip=1&take=1")).Select(r => r.Id));
    }

    [Fact]
    public async Task GivenStaff_WhenListing_ThenOnlyRequestsThatNameThem()
    {
        var team = $"Team {Guid.NewGuid():N}";
        var mine = await fx.Submit(Bodies.Valid(handle: "@staff-mine").With("team", team));
        await fx.Submit(Bodies.Valid(handle: "@staff-carls").With("team", team)
            .With("custodians", new System.Text.Json.Nodes.JsonArray(Bodies.Person(Personas.Dina), Bodies.Person(Personas.Ivy))), fx.Carl);

        Assert.Equal([mine.Id], (await List(fx.Rita, $"?team={Uri.EscapeDataString(team)}")).Select(r => r.Id));
        Assert.Empty(await List(fx.Hana, $"?team={Uri.EscapeDataString(team)}"));
        Assert.Equal(2, (await List(fx.Sam, $"?team={Uri.EscapeDataString(team)}")).Length);
    }

    [Fact]
    public async Task GivenRequestsByManyPeople_WhenAskingForMine_ThenOnlyTheCallersOwn()
    {
        var mine = await fx.Submit(Bodies.Valid(handle: "@mine"), fx.Carl);
        var carls = await fx.Carl.GetFromJsonAsync<RequestSummary[]>("/requests/mine", RequestsFixture.Json);
        Assert.Contains(carls!, r => r.Id == mine.Id);
        Assert.All(carls!, r => Assert.Equal(Personas.Carl, r.Requester));
        var ritas = await fx.Rita.GetFromJsonAsync<RequestSummary[]>("/requests/mine?take=200", RequestsFixture.Json);
        Assert.DoesNotContain(ritas!, r => r.Id == mine.Id);
    }

    [Theory]
    [InlineData("?status=Pending", "status")]
    [InlineData("?take=0", "take")]
    [InlineData("?take=201", "take")]
    [InlineData("?skip=-1", "skip")]
    public async Task GivenABadQuery_WhenListing_Then400NamingIt(string query, string field)
    {
        var response = await fx.Beth.GetAsync($"/requests{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }
}
