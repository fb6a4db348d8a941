using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AccountGov.Custody.Contracts;
using AccountGov.Testing;
using ApprovedCustodianRole = AccountGov.Approvals.Contracts.ApprovedCustodianRole;

namespace AccountGov.Custody.IntegrationTests.Accounts;

public class AsOfAndCustodianTests(CustodyFixture fixture) : IClassFixture<CustodyFixture>
{
    [Fact]
    public async Task GivenLaterChanges_WhenReadAsOfAnEarlierInstant_ThenCustodiansAndCredentialVersionAreAsTheyWereThen()
    {
        var account = await Register.AccountAsync(fixture.Custody, "@asof");
        var beth = await fixture.Custody.ClientFor(Personas.Beth, "BusinessDevelopment");
        await Vault.Deposit(beth, account.Id, "AsOf-1");
        Assert.Equal(HttpStatusCode.OK, (await beth.PostAsJsonAsync($"/accounts/{account.Id}/custodians", new { userId = "ivy", name = "Ivy Green", role = "Deputy" })).StatusCode);
        await Vault.Deposit(beth, account.Id, "AsOf-2");

        var audit = await Vault.Audit(beth, account.Id);
        var firstStored = audit.Single(e => e.Event == "CredentialStored" && e.Detail.Contains("version 1 "));
        var added = audit.Single(e => e.Event == "CustodianAdded");
        var between = firstStored.At + (added.At - firstStored.At) / 2;

        var then = await beth.GetFromJsonAsync<AccountDetails>($"/accounts/{account.Id}?asOf={Uri.EscapeDataString(between.ToString("O"))}", Json.Options);
        var now = await beth.GetFromJsonAsync<AccountDetails>($"/accounts/{account.Id}", Json.Options);

        Assert.Equal(["carl", "dina"], then!.Custodians.Select(c => c.UserId));
        Assert.Equal(1, then.CredentialVersion);
        Assert.Equal(2, then.Version);
        Assert.Equal(4, now!.Version);
        Assert.Equal(["carl", "dina", "ivy"], now!.Custodians.Select(c => c.UserId));
        Assert.Equal(2, now.CredentialVersion);
        var before = await beth.GetAsync($"/accounts/{account.Id}?asOf={Uri.EscapeDataString(audit[0].At.AddMinutes(-1).ToString("O"))}");
        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await beth.GetAsync($"/accounts/{account.Id}?asOf=yesterday")).StatusCode);
    }

    [Fact]
    public async Task GivenTheLastActiveCustodian_WhenRemovedWithoutAReplacement_Then409AndWithOneThen200()
    {
        var (carl, dina) = (Handovers.Given.Person("carl"), Handovers.Given.Person("dina"));
        var account = await Register.AccountAsync(fixture.Custody, "@lastcustodian",
            new(carl, "Carl Obi", ApprovedCustodianRole.Primary), new(dina, "Dina Roy", ApprovedCustodianRole.Deputy));
        var beth = await fixture.Custody.ClientFor(Personas.Beth, "BusinessDevelopment");
        await HrSays.Status(fixture.Custody, account.Id, dina, carl, CustodianStatus.OnLeave);

        var refused = await beth.PostAsJsonAsync($"/accounts/{account.Id}/custodians/{carl}/removal", new { reason = "left" });
        var replaced = await beth.PostAsJsonAsync($"/accounts/{account.Id}/custodians/{carl}/removal",
            new { reason = "left", replacement = new { userId = "ivy", name = "Ivy Green" } });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        var details = await replaced.Content.ReadFromJsonAsync<AccountDetails>(Json.Options);
        Assert.Equal([(dina, CustodianRole.Deputy, CustodianStatus.OnLeave), ("ivy", CustodianRole.Primary, CustodianStatus.Active)],
            details!.Custodians.Select(c => (c.UserId, c.Role, c.Status)));
    }

    [Fact]
    public async Task GivenAStaleIfMatch_WhenAddingACustodian_Then412AndBadInputThen400()
    {
        var account = await Register.AccountAsync(fixture.Custody, "@ifmatch");
        var beth = await fixture.Custody.ClientFor(Personas.Beth, "BusinessDevelopment");
        var request = new HttpRequestMessage(HttpMethod.Post, $"/accounts/{account.Id}/custodians")
        {
            Content = JsonContent.Create(new { userId = "ivy", name = "Ivy Green", role = "Deputy" }),
        };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue("\"7\""));

        Assert.Equal(HttpStatusCode.PreconditionFailed, (await beth.SendAsync(request)).StatusCode);
        var bad = await beth.PostAsJsonAsync($"/accounts/{account.Id}/custodians", new { userId = "", name = "", role = "Boss" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var body = await bad.Content.ReadAsStringAsync();
        Assert.Contains("\"userId\"", body);
        Assert.Contains("\"role\"", body);
        Assert.Equal(HttpStatusCode.BadRequest, (await beth.PostAsJsonAsync($"/accounts/{account.Id}/custodians/dina/removal", new { reason = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await beth.PostAsJsonAsync($"/accounts/{Guid.NewGuid()}/custodians",
            new { userId = "ivy", name = "Ivy Green", role = "Deputy" })).StatusCode);
    }
}
