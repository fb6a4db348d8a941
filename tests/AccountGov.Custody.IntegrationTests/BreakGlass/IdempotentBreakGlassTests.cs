using System.Net;
using System.Net.Http.Json;
using AccountGov.Custody.Contracts;
using AccountGov.Testing;

namespace AccountGov.Custody.IntegrationTests.BreakGlass;

/// <summary>
/// Issue 11: a BD officer whose "open break-glass" answer was lost retries with the same Idempotency-Key and gets
/// the first request back, not a second one for the other officers to approve.
/// </summary>
public class IdempotentBreakGlassTests(CustodyFixture fixture) : IClassFixture<CustodyFixture>
{
    [Fact]
    public async Task GivenAnOpenedBreakGlass_WhenRetriedWithTheSameKey_ThenTheFirstAnswerIsReplayedAndOnlyOneIsOpen()
    {
        var account = await Register.AccountAsync(fixture.Custody, "@idem_bg");
        var beth = await fixture.Custody.ClientFor(Personas.Beth, "BusinessDevelopment");
        var key = Guid.NewGuid().ToString();

        var first = await Open(beth, account.Id, key, "custodians unreachable");
        var retry = await Open(beth, account.Id, key, "custodians unreachable");
        var otherBody = await Open(beth, account.Id, key, "another reason");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal(first.Headers.ETag, retry.Headers.ETag);
        Assert.True(retry.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, otherBody.StatusCode);
        var listed = await beth.GetFromJsonAsync<BreakGlassDetails[]>($"/accounts/{account.Id}/break-glass", Json.Options);
        Assert.Single(listed!);
    }

    private static Task<HttpResponseMessage> Open(HttpClient client, Guid accountId, string key, string reason)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/accounts/{accountId}/break-glass") { Content = JsonContent.Create(new { reason }) };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }
}
