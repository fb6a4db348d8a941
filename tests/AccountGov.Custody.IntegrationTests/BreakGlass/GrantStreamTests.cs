using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AccountGov.Testing;

namespace AccountGov.Custody.IntegrationTests.BreakGlass;

/// <summary>
/// A grant has its own stream: opening checks If-Match against the account it reads and answers with the grant's
/// ETag, approving is checked against the grant alone (an account change in between does not make it stale), and
/// the account's audit trail interleaves both streams in commit order.
/// </summary>
public class GrantStreamTests(CustodyFixture fixture) : IClassFixture<CustodyFixture>
{
    [Fact]
    public async Task GivenAGrantOnItsOwnStream_WhenTheAccountChangesMeanwhile_ThenApprovalIsNotStaleAndTheTrailIsInCommitOrder()
    {
        var account = await Register.AccountAsync(fixture.Custody, "@grantstream");
        var carl = await fixture.Custody.ClientFor(Personas.Carl, "Staff");
        await Vault.Deposit(carl, account.Id, "Grant-Marker-1");
        var beth = await fixture.Custody.ClientFor(Personas.Beth, "BusinessDevelopment");
        var bob = await fixture.Custody.ClientFor(Personas.Bob, "BusinessDevelopment");
        var accountETag = (await beth.GetAsync($"/accounts/{account.Id}")).Headers.ETag!;

        Assert.Equal(HttpStatusCode.PreconditionFailed, (await Send(beth, $"/accounts/{account.Id}/break-glass", "\"99\"")).StatusCode);
        var opened = await Send(beth, $"/accounts/{account.Id}/break-glass", accountETag.Tag);
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        Assert.Equal("\"1\"", opened.Headers.ETag?.Tag);
        var grant = (await opened.Content.ReadFromJsonAsync<Contracts.BreakGlassDetails>(Json.Options))!;

        await Vault.Deposit(carl, account.Id, "Grant-Marker-2"); // the account moves on; the grant does not
        var approve = $"/accounts/{account.Id}/break-glass/{grant.Id}/approve";
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await Send(bob, approve, "\"2\"")).StatusCode);
        var approved = await Send(bob, approve, opened.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("\"2\"", approved.Headers.ETag?.Tag);
        Assert.Equal(HttpStatusCode.OK, (await BreakGlassTests.RevealVia(beth, account.Id, grant.Id)).StatusCode);

        var ada = await fixture.Custody.ClientFor(Personas.Ada, "Auditor");
        var trail = (await Vault.Audit(ada, account.Id)).Select(e => e.Event).ToList();
        Assert.Equal(["CredentialStored", "BreakGlassOpened", "CredentialStored", "BreakGlassApproved", "BreakGlassUsed", "CredentialRevealed"],
            trail.Where(e => e is not "AccountRegistered").ToList());
        var searched = await ada.GetFromJsonAsync<Contracts.AccountAuditEntry[]>($"/audit?accountId={account.Id}", Json.Options);
        Assert.Contains(searched!, e => e.Event == "BreakGlassUsed" && e.By == Personas.Beth);
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, string path, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = path.EndsWith("/approve", StringComparison.Ordinal) ? null : JsonContent.Create(new { reason = "custodians unreachable" }),
        };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(ifMatch));
        return client.SendAsync(request);
    }
}
