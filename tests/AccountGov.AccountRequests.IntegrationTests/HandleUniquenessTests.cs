using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.Testing;
using MassTransit;
using CustodyContracts = AccountGov.Custody.Contracts;

namespace AccountGov.AccountRequests.IntegrationTests;

/// <summary>MECCG139 §6: one platform + handle, one account, across requests and the register (issue 15).</summary>
[Collection(RequestsCollection.Name)]
public class HandleUniquenessTests(RequestsFixture fx)
{
    private static async Task<JsonElement> Conflict(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("existing");
    }

    [Fact]
    public async Task GivenAnOpenRequest_WhenTheSameHandleIsRequestedInAnotherCase_ThenA409NamesTheRequest()
    {
        var handle = Bodies.UniqueHandle();
        var first = await fx.Submit(Bodies.Valid(handle: handle));

        var again = await fx.Carl.PostAsJsonAsync("/requests", Bodies.Valid(handle: handle.TrimStart('@').ToUpperInvariant()));

        var existing = await Conflict(again);
        Assert.Equal(("request", first.Id, "Submitted"),
            (existing.GetProperty("kind").GetString(), existing.GetProperty("id").GetGuid(), existing.GetProperty("status").GetString()));
        Assert.Equal(HttpStatusCode.Created, (await fx.Rita.PostAsJsonAsync("/requests", Bodies.Valid("X", handle))).StatusCode);
    }

    [Fact]
    public async Task GivenARequestStoredBeforeKeysWere_WhenItsHandleIsRequested_ThenA409NamesIt()
    {
        var handle = Bodies.UniqueHandle();
        var old = await fx.Submit(Bodies.Valid(handle: handle));
        // As a snapshot written before the indexed key existed: no key until the request's next event.
        await using (var session = fx.Store.LightweightSession())
        {
            var stored = await session.LoadAsync<AccountGov.AccountRequests.Api.Requests.AccountRequest>(old.Id);
            session.Store(stored! with { UniqueKey = null });
            await session.SaveChangesAsync();
        }

        var again = await fx.Carl.PostAsJsonAsync("/requests", Bodies.Valid(handle: handle));

        Assert.Equal(old.Id, (await Conflict(again)).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task GivenAWithdrawnRequest_WhenItsHandleIsRequestedAgain_ThenAccepted()
    {
        var handle = Bodies.UniqueHandle();
        var first = await fx.Submit(Bodies.Valid(handle: handle));
        var withdrawn = await fx.Rita.PostAsJsonAsync($"/requests/{first.Id}/withdraw", new { reason = "Wrong team." });
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);

        await fx.Submit(Bodies.Valid(handle: handle));
    }

    [Fact]
    public async Task GivenTwoRequests_WhenOneIsRevisedToTheOthersHandle_ThenA409AndTheRevisionIsNotRecorded()
    {
        var taken = Bodies.UniqueHandle();
        var holder = await fx.Submit(Bodies.Valid(handle: taken));
        var mine = await fx.Submit();
        await fx.RequestChanges(mine.Id);

        var revised = await fx.Rita.PutAsJsonAsync($"/requests/{mine.Id}", Bodies.Valid(handle: taken));

        Assert.Equal(holder.Id, (await Conflict(revised)).GetProperty("id").GetGuid());
        Assert.Equal(1, (await fx.Get(mine.Id)).Revision);
    }

    [Fact]
    public async Task GivenAnAccountInTheRegister_WhenItsHandleIsRequested_ThenA409NamesTheAccount()
    {
        var handle = Bodies.UniqueHandle();
        var accountId = Guid.NewGuid();
        // Custody publishes this for an imported account (no request id) as for an approved one.
        await fx.Service.Get<IBus>().Publish(new CustodyContracts.AccountRegistered(accountId, Guid.Empty, "Estates", "Instagram",
            handle.ToUpperInvariant(), [], DateTimeOffset.UtcNow, CustodyContracts.AccountType.Corporate));

        HttpResponseMessage? refused = null;
        await Eventually.True(async () =>
            (refused = await fx.Rita.PostAsJsonAsync("/requests", Bodies.Valid(handle: handle))).StatusCode == HttpStatusCode.Conflict,
            what: "the registered handle to reach AccountRequests");

        var existing = await Conflict(refused!);
        Assert.Equal(("account", accountId), (existing.GetProperty("kind").GetString(), existing.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task GivenASharedAccountType_WhenSubmitted_ThenTheRequestShowsTypeAndPartner()
    {
        var body = Bodies.Valid();
        body["accountType"] = "Shared";
        body["partner"] = "Bedford Borough Council";
        var created = await fx.Submit(body);

        var read = await fx.Get(created.Id);
        Assert.Equal(("Shared", "Bedford Borough Council"), (read.AccountType, read.Partner));
        var published = await fx.Probe.WaitFor<Contracts.RequestSubmitted>(m => m.RequestId == created.Id, "RequestSubmitted");
        Assert.Equal(("Shared", "Bedford Borough Council"), (published.AccountType, published.Partner));
    }

    [Fact]
    public async Task GivenASharedTypeWithoutPartner_WhenSubmitted_Then400NamesPartner()
    {
        var body = Bodies.Valid();
        body["accountType"] = "Shared";
        var response = await fx.Rita.PostAsJsonAsync("/requests", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("partner", out _));
    }
}
