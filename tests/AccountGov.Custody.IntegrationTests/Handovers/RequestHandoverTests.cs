using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AccountGov.Custody.Contracts;
using AccountGov.Testing;
using static AccountGov.Custody.IntegrationTests.Handovers.Given;

namespace AccountGov.Custody.IntegrationTests.Handovers;

/// <summary>IG31 §8.1: credentials are handed over to the organisation on request, by BD or the account's sponsor.</summary>
public class RequestHandoverTests(HandoverFixture fixture) : IClassFixture<HandoverFixture>
{
    private static readonly object Secret = new { username = "stpaeds", password = "correct-horse-battery-1" };

    private async Task<HttpResponseMessage> Request(Guid accountId, string fromUserId, string who, string role, string? ifMatch = null)
    {
        var client = await fixture.Custody.ClientFor(who, role);
        var message = new HttpRequestMessage(HttpMethod.Post, $"/accounts/{accountId}/custodians/{fromUserId}/handover-request");
        if (ifMatch is not null) message.Headers.IfMatch.Add(new EntityTagHeaderValue(ifMatch));
        return await client.SendAsync(message);
    }

    [Fact]
    public async Task GivenBd_WhenAHandoverIsRequestedFromTheDeputy_ThenThePrimaryReceivesIt_AndItCompletesOnlyAfterRotation()
    {
        var (carl, dina) = (Person("carl"), Person("dina"));
        var account = await Account(fixture.Custody, carl, dina);
        var asCarl = await fixture.Custody.ClientFor(carl, "Staff");
        Assert.Equal(HttpStatusCode.NoContent, (await asCarl.PutAsJsonAsync($"/accounts/{account.Id}/credential", Secret)).StatusCode);
        var etag = (await (await fixture.Custody.ClientFor(Personas.Beth, "BusinessDevelopment")).GetAsync($"/accounts/{account.Id}")).Headers.ETag!.Tag;

        Assert.Equal(HttpStatusCode.PreconditionFailed, (await Request(account.Id, dina, Personas.Beth, "BusinessDevelopment", "\"1\"")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Request(account.Id, dina, carl, "Staff")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Request(account.Id, dina, Person("manager"), "SeniorManager")).StatusCode); // not its sponsor
        var stranger = await Request(account.Id, Person("bob"), Personas.Beth, "BusinessDevelopment");
        Assert.Equal(HttpStatusCode.Conflict, stranger.StatusCode);
        Assert.Contains("not a custodian", await stranger.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await Request(Guid.NewGuid(), dina, Personas.Beth, "BusinessDevelopment")).StatusCode);

        var response = await Request(account.Id, dina, Personas.Beth, "BusinessDevelopment", etag);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var handover = (await response.Content.ReadFromJsonAsync<HandoverSummary>(Json.Options))!;
        Assert.Equal((HandoverKind.Permanent, HandoverReason.Request, HandoverStatus.Open, (string?)carl),
            (handover.Kind, handover.Reason, handover.Status, handover.ToUserId));
        Assert.Equal($"/handovers/{handover.Id}", response.Headers.Location!.OriginalString);
        await Eventually.True(() => Task.FromResult(fixture.Published.Of<HandoverStarted>().Any(s => s.HandoverId == handover.Id)),
            what: "the handover on request published");
        Assert.Equal(HttpStatusCode.Conflict, (await Request(account.Id, dina, Personas.Sam, "SeniorManager")).StatusCode); // already under way

        var complete = new { credentialRotated = true, linkedEmailTransferred = true };
        Assert.Equal(HttpStatusCode.Conflict, (await asCarl.PostAsJsonAsync($"/handovers/{handover.Id}/complete", complete)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await asCarl.PutAsJsonAsync($"/accounts/{account.Id}/credential",
            new { username = "stpaeds", password = "a-brand-new-passphrase-2" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await asCarl.PostAsJsonAsync($"/handovers/{handover.Id}/complete", complete)).StatusCode);

        // Done, the sponsor may ask again: a new handover, not the old one.
        var again = await Request(account.Id, dina, Personas.Sam, "SeniorManager");
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.NotEqual(handover.Id, (await again.Content.ReadFromJsonAsync<HandoverSummary>(Json.Options))!.Id);
    }
}
