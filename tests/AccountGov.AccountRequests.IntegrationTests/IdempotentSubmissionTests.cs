using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AccountGov.AccountRequests.Api.Requests;
using AccountGov.EventSourcing.Idempotency;
using AccountGov.Testing;
using Marten;

namespace AccountGov.AccountRequests.IntegrationTests;

/// <summary>
/// A client whose POST /requests response was lost retries with the same Idempotency-Key: it gets the first answer
/// back and no second request exists. The key belongs to the caller and to the body it was first used with.
/// </summary>
[Collection(RequestsCollection.Name)]
public class IdempotentSubmissionTests(RequestsFixture fx)
{
    [Fact]
    public async Task GivenASubmittedRequest_WhenRetriedWithTheSameKeyAndBody_ThenTheFirstResponseIsReplayedAndNothingNewIsStored()
    {
        var (key, handle) = Fresh();
        var first = await Post(fx.Rita, key, Bodies.Valid(handle: handle));
        var retry = await Post(fx.Rita, key, Bodies.Valid(handle: handle));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal(first.Headers.ETag, retry.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.True(retry.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1, await Stored(handle));
    }

    [Fact]
    public async Task GivenAUsedKey_WhenReusedWithADifferentBody_Then422ProblemAndNothingNewIsStored()
    {
        var (key, handle) = Fresh();
        Assert.Equal(HttpStatusCode.Created, (await Post(fx.Rita, key, Bodies.Valid(handle: handle))).StatusCode);

        var reused = await Post(fx.Rita, key, Bodies.Valid(handle: handle + "x"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        Assert.Equal("application/problem+json", reused.Content.Headers.ContentType!.MediaType);
        Assert.Equal(0, await Stored(handle + "x"));
    }

    [Fact]
    public async Task GivenAnotherCallersKey_WhenTheSameKeyIsSent_ThenItIsTheirOwnNewRequest()
    {
        var (key, handle) = Fresh();
        var rita = await Post(fx.Rita, key, Bodies.Valid(handle: handle));
        // Another handle: the register refuses the same one twice whoever asks (HandleUniquenessTests).
        var carl = await Post(fx.Carl, key, Bodies.Valid(handle: handle + "c"));
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (rita.StatusCode, carl.StatusCode));
        Assert.NotEqual(rita.Headers.Location, carl.Headers.Location);
        Assert.Equal((1, 1), (await Stored(handle), await Stored(handle + "c")));
    }

    [Fact]
    public async Task GivenEightRetriesAtOnce_WhenTheyRace_ThenOneRequestIsStoredAndEveryoneGetsItsLocation()
    {
        var (key, handle) = Fresh();
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Post(fx.Rita, key, Bodies.Valid(handle: handle))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Single(responses.Select(r => r.Headers.Location).Distinct());
        Assert.Equal(1, await Stored(handle));
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk")] // 101
    [InlineData("ключ")]
    public async Task GivenAMalformedKey_WhenSubmitted_Then400NamingTheHeaderAndNothingStored(string key)
    {
        var (_, handle) = Fresh();
        var response = await Post(fx.Rita, key, Bodies.Valid(handle: handle));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Idempotency-Key", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await Stored(handle));
    }

    [Fact]
    public async Task GivenAKeyOfTheLongestLength_WhenSubmitted_ThenAccepted() =>
        Assert.Equal(HttpStatusCode.Created, (await Post(fx.Rita, new string('k', 100), Bodies.Valid(handle: Fresh().Handle))).StatusCode);

    [Fact]
    public async Task GivenARememberedResponseOlderThanTheRetention_WhenPurged_ThenItIsGoneAndAFreshOneStays()
    {
        var (oldKey, oldHandle) = Fresh();
        var (newKey, newHandle) = Fresh();
        var first = await Post(fx.Rita, oldKey, Bodies.Valid(handle: oldHandle));
        var fresh = await Post(fx.Rita, newKey, Bodies.Valid(handle: newHandle));
        var expiry = fx.Service.Get<IdempotencyExpiry>();
        await using (var session = fx.Store.LightweightSession())
        {
            // Age the first record past the retention, as a day's wait would.
            var records = await session.Query<IdempotentResponse>().ToListAsync();
            var old = records.Single(r => r.Location == first.Headers.Location!.ToString());
            session.Update(old with { RecordedAt = old.RecordedAt - expiry.Retention - TimeSpan.FromMinutes(1) });
            await session.SaveChangesAsync();
        }

        await expiry.RunOnce(CancellationToken.None);

        await using var query = fx.Store.QuerySession();
        var left = await query.Query<IdempotentResponse>().ToListAsync();
        Assert.DoesNotContain(left, r => r.Location == first.Headers.Location!.ToString());
        Assert.Contains(left, r => r.Location == fresh.Headers.Location!.ToString());
        var replay = await Post(fx.Rita, newKey, Bodies.Valid(handle: newHandle));
        Assert.Equal(fresh.Headers.Location, replay.Headers.Location);
    }

    private static (string Key, string Handle) Fresh() => (Guid.NewGuid().ToString(), $"@idem{Guid.NewGuid():N}"[..14]);

    private static Task<HttpResponseMessage> Post(HttpClient client, string key, JsonObject body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/requests") { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    private async Task<int> Stored(string handle)
    {
        await using var query = fx.Store.QuerySession();
        return await query.Query<AccountRequest>().CountAsync(r => r.Handle == handle);
    }
}
