using System.Net;
using System.Net.Http.Json;
using AccountGov.Custody.Contracts;
using AccountGov.Testing;

namespace AccountGov.Custody.IntegrationTests.BreakGlass;

public class BreakGlassTests(CustodyFixture fixture) : IClassFixture<CustodyFixture>
{
    [Fact]
    public async Task GivenASecondOfficerApproves_WhenTheOpenerReveals_ThenOnceOnlyAndAudited()
    {
        var (account, beth, bob) = await Setup("@breakglass", "BreakGlass-Marker-1");

        Assert.Equal(HttpStatusCode.Forbidden, (await Vault.Reveal(beth, account.Id)).StatusCode);
        var opened = await Open(beth, account.Id);
        Assert.Equal(BreakGlassStatus.AwaitingApproval, opened.Status);
        Assert.Equal(HttpStatusCode.Conflict, (await RevealVia(beth, account.Id, opened.Id)).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await Approve(beth, account.Id, opened.Id)).StatusCode);
        var approval = await Approve(bob, account.Id, opened.Id);
        Assert.Equal(HttpStatusCode.OK, approval.StatusCode);
        Assert.Equal(BreakGlassStatus.Approved, (await approval.Content.ReadFromJsonAsync<BreakGlassDetails>(Json.Options))!.Status);
        Assert.Equal(HttpStatusCode.Conflict, (await Approve(bob, account.Id, opened.Id)).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await RevealVia(bob, account.Id, opened.Id)).StatusCode);
        var revealed = await RevealVia(beth, account.Id, opened.Id);
        Assert.Equal(HttpStatusCode.OK, revealed.StatusCode);
        Assert.Equal("BreakGlass-Marker-1", (await revealed.Content.ReadFromJsonAsync<RevealedCredential>(Json.Options))!.Password);
        Assert.Equal(HttpStatusCode.Conflict, (await RevealVia(beth, account.Id, opened.Id)).StatusCode);

        var ada = await fixture.Custody.ClientFor(Personas.Ada, "Auditor");
        var audit = await Vault.Audit(ada, account.Id);
        Assert.Contains(audit, e => e.Event == "BreakGlassOpened" && e.By == Personas.Beth && e.Reason == "custodians unreachable, account compromised");
        Assert.Contains(audit, e => e.Event == "BreakGlassApproved" && e.By == Personas.Bob);
        Assert.Contains(audit, e => e.Event == "CredentialRevealed" && e.By == Personas.Beth && e.Detail.Contains(opened.Id.ToString()));
        var listed = await ada.GetFromJsonAsync<BreakGlassDetails[]>($"/accounts/{account.Id}/break-glass", Json.Options);
        Assert.Equal(BreakGlassStatus.Used, Assert.Single(listed!).Status);
    }

    [Fact]
    public async Task GivenBadRequests_WhenOpeningOrApprovingBreakGlass_Then400Or404Or403()
    {
        var (account, beth, bob) = await Setup("@breakglassbad", "BreakGlass-Marker-2");
        var carl = await fixture.Custody.ClientFor(Personas.Carl, "Staff");

        Assert.Equal(HttpStatusCode.BadRequest, (await beth.PostAsJsonAsync($"/accounts/{account.Id}/break-glass", new { reason = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await beth.PostAsJsonAsync($"/accounts/{Guid.NewGuid()}/break-glass", new { reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Approve(bob, account.Id, Guid.NewGuid())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await carl.PostAsJsonAsync($"/accounts/{account.Id}/break-glass", new { reason = "x" })).StatusCode);
        var opened = await Open(beth, account.Id);
        Assert.Equal(HttpStatusCode.Forbidden, (await Approve(carl, account.Id, opened.Id)).StatusCode);
    }

    private async Task<(AccountDetails, HttpClient, HttpClient)> Setup(string handle, string password)
    {
        var account = await Register.AccountAsync(fixture.Custody, handle);
        await Vault.Deposit(await fixture.Custody.ClientFor(Personas.Carl, "Staff"), account.Id, password);
        return (account, await fixture.Custody.ClientFor(Personas.Beth, "BusinessDevelopment"),
            await fixture.Custody.ClientFor(Personas.Bob, "BusinessDevelopment"));
    }

    public static async Task<BreakGlassDetails> Open(HttpClient client, Guid accountId)
    {
        var response = await client.PostAsJsonAsync($"/accounts/{accountId}/break-glass", new { reason = "custodians unreachable, account compromised" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<BreakGlassDetails>(Json.Options))!;
    }

    public static Task<HttpResponseMessage> Approve(HttpClient client, Guid accountId, Guid breakGlassId) =>
        client.PostAsync($"/accounts/{accountId}/break-glass/{breakGlassId}/approve", null);

    public static Task<HttpResponseMessage> RevealVia(HttpClient client, Guid accountId, Guid breakGlassId) =>
        client.PostAsJsonAsync($"/accounts/{accountId}/break-glass/{breakGlassId}/reveal", new { reason = "post a crisis holding statement" });
}

// Tokens are minted on the fake clock but validated on the real one, and the fake clock never goes back: every client
// is made before the clock moves, and each class moves its own Custody's clock once.
public class BreakGlassExpiryTests(ClockedCustodyFixture fixture) : IClassFixture<ClockedCustodyFixture>
{
    [Fact]
    public async Task GivenAnApprovedBreakGlass_WhenTheWindowPasses_ThenTheRevealIsRefused()
    {
        var account = await Register.AccountAsync(fixture.Custody, "@breakglassexpiry");
        await Vault.Deposit(await fixture.Custody.ClientFor(Personas.Carl, "Staff"), account.Id, "Expiry-Marker");
        var beth = await fixture.Custody.ClientFor(Personas.Beth, "BusinessDevelopment");
        var bob = await fixture.Custody.ClientFor(Personas.Bob, "BusinessDevelopment");
        var ada = await fixture.Custody.ClientFor(Personas.Ada, "Auditor");
        var opened = await BreakGlassTests.Open(beth, account.Id);
        Assert.Equal(HttpStatusCode.OK, (await BreakGlassTests.Approve(bob, account.Id, opened.Id)).StatusCode);

        fixture.Clock.Advance(TimeSpan.FromMinutes(61));
        var late = await BreakGlassTests.RevealVia(beth, account.Id, opened.Id);

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.DoesNotContain("Expiry-Marker", await late.Content.ReadAsStringAsync());
        var listed = await ada.GetFromJsonAsync<BreakGlassDetails[]>($"/accounts/{account.Id}/break-glass", Json.Options);
        Assert.Equal(BreakGlassStatus.Expired, Assert.Single(listed!).Status);
    }
}

public class BreakGlassLapseTests(ClockedCustodyFixture fixture) : IClassFixture<ClockedCustodyFixture>
{
    [Fact]
    public async Task GivenAnUnapprovedBreakGlass_WhenTheWindowPasses_ThenItCannotBeApproved()
    {
        var account = await Register.AccountAsync(fixture.Custody, "@breakglasslapsed");
        var beth = await fixture.Custody.ClientFor(Personas.Beth, "BusinessDevelopment");
        var bob = await fixture.Custody.ClientFor(Personas.Bob, "BusinessDevelopment");
        var opened = await BreakGlassTests.Open(beth, account.Id);

        fixture.Clock.Advance(TimeSpan.FromMinutes(61));

        Assert.Equal(HttpStatusCode.Conflict, (await BreakGlassTests.Approve(bob, account.Id, opened.Id)).StatusCode);
    }
}
