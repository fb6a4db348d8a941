using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.Testing;

namespace AccountGov.AccountRequests.IntegrationTests;

[Collection(RequestsCollection.Name)]
public class RevisingTests(RequestsFixture fx)
{
    private static HttpRequestMessage Put(Guid id, object body, string? ifMatch)
    {
        var message = new HttpRequestMessage(HttpMethod.Put, $"/requests/{id}") { Content = JsonContent.Create(body) };
        if (ifMatch is not null) message.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return message;
    }

    private async Task<(Guid Id, string ETag)> InChangesRequested(string handle)
    {
        var created = await fx.Submit(Bodies.Valid(handle: handle));
        await fx.RequestChanges(created.Id);
        var response = await fx.Rita.GetAsync($"/requests/{created.Id}");
        return (created.Id, response.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task GivenChangesRequested_WhenRevisedWithTheCurrentETag_ThenResubmittedWithVersionAndRevisionIncremented()
    {
        var (id, etag) = await InChangesRequested("@revise-ok");
        var response = await fx.Rita.SendAsync(Put(id, Bodies.Valid(handle: "@revise-ok").With("purpose", "A clearer purpose."), etag));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var accepted = (await response.Content.ReadFromJsonAsync<RequestAccepted>(RequestsFixture.Json))!;
        Assert.Equal((RequestStatus.Submitted, 3L, 2), (accepted.Status, accepted.Version, accepted.Revision));
        Assert.Equal("\"3\"", response.Headers.ETag!.Tag);

        var read = await fx.Get(id);
        Assert.Equal(("A clearer purpose.", 2), (read.Purpose, read.Revision));
        Assert.Equal(["Submitted", "ChangesRequested", "Revised"], read.History.Select(h => h.Event));
        Assert.Equal(Personas.Beth, read.History[1].By);
        Assert.NotNull(read.History[1].Comment);
    }

    [Fact]
    public async Task GivenSeveralRevisions_WhenRevisionsAreRead_ThenEveryOneIsKeptAsSubmitted()
    {
        var (id, etag) = await InChangesRequested("@revise-many");
        await fx.Rita.SendAsync(Put(id, Bodies.Valid(handle: "@revise-many").With("audience", "Families."), etag));
        await fx.RequestChanges(id);
        await fx.Rita.SendAsync(Put(id, Bodies.Valid(handle: "@revise-many").With("audience", "Families."), null));

        var revisions = await fx.Rita.GetFromJsonAsync<RevisionSummary[]>($"/requests/{id}/revisions", RequestsFixture.Json);
        Assert.NotNull(revisions);
        Assert.Equal([1, 2, 3], revisions.Select(r => r.Revision));
        Assert.Equal([true, true, false], revisions.Select(r => r.ContentChanged));

        var first = await fx.Rita.GetFromJsonAsync<RevisionDetails>($"/requests/{id}/revisions/1", RequestsFixture.Json);
        var second = await fx.Rita.GetFromJsonAsync<RevisionDetails>($"/requests/{id}/revisions/2", RequestsFixture.Json);
        Assert.Equal("Parents and carers of children under the service.", first!.Audience);
        Assert.Equal("Families.", second!.Audience);
        Assert.Equal(HttpStatusCode.NotFound, (await fx.Rita.GetAsync($"/requests/{id}/revisions/4")).StatusCode);
    }

    [Fact]
    public async Task GivenAStaleIfMatch_WhenRevised_Then412AndNothingChanges()
    {
        var (id, _) = await InChangesRequested("@revise-stale");
        var response = await fx.Rita.SendAsync(Put(id, Bodies.Valid(handle: "@revise-stale"), "\"1\""));
        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal(RequestStatus.ChangesRequested, (await fx.Get(id)).Status);
    }

    [Fact]
    public async Task GivenTwoEditorsWithTheSameETag_WhenBothRevise_ThenTheSecondGets412()
    {
        var (id, etag) = await InChangesRequested("@revise-race");
        var first = await fx.Rita.SendAsync(Put(id, Bodies.Valid(handle: "@revise-race").With("risks", "First editor."), etag));
        var second = await fx.Rita.SendAsync(Put(id, Bodies.Valid(handle: "@revise-race").With("risks", "Second editor."), etag));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.PreconditionFailed), (first.StatusCode, second.StatusCode));
        Assert.Equal("First editor.", (await fx.Get(id)).Risks);
    }

    [Fact]
    public async Task GivenASubmittedRequest_WhenRevised_Then409()
    {
        var created = await fx.Submit(Bodies.Valid(handle: "@revise-409"));
        var response = await fx.Rita.SendAsync(Put(created.Id, Bodies.Valid(handle: "@revise-409"), "\"1\""));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task GivenSomeoneElse_WhenRevising_Then403()
    {
        var (id, etag) = await InChangesRequested("@revise-403");
        var response = await fx.Carl.SendAsync(Put(id, Bodies.Valid(handle: "@revise-403"), etag));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task GivenAnInvalidRevision_WhenRevised_Then400AndNothingIsAppended()
    {
        var (id, etag) = await InChangesRequested("@revise-400");
        var response = await fx.Rita.SendAsync(Put(id, Bodies.Valid(handle: "@revise-400").With("custodians", new System.Text.Json.Nodes.JsonArray()), etag));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("custodians", out _));
        Assert.Equal(2, (await fx.Get(id)).Version);
    }

    [Fact]
    public async Task GivenAMalformedIfMatch_WhenRevised_Then400()
    {
        var (id, _) = await InChangesRequested("@revise-badtag");
        var response = await fx.Rita.SendAsync(Put(id, Bodies.Valid(handle: "@revise-badtag"), "\"abc\""));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task GivenAnUnknownId_WhenRevised_Then404()
    {
        var response = await fx.Rita.SendAsync(Put(Guid.NewGuid(), Bodies.Valid(), null));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
