using System.Net;
using System.Net.Http.Json;
using AccountGov.Custody.Contracts;
using AccountGov.Testing;

namespace AccountGov.Custody.IntegrationTests.Accounts;

/// <summary>
/// Issue 11: one BD officer added themselves as a custodian and revealed at once, getting round the two-officer
/// break-glass rule. Naming oneself, or the sponsor, is refused on both ways in: adding and replacing.
/// </summary>
public class FourEyesCustodianTests(CustodyFixture fixture) : IClassFixture<CustodyFixture>
{
    [Fact]
    public async Task GivenABdOfficer_WhenTheyNameThemselvesOrTheSponsor_ThenRefusedAndTheAccountIsUnchanged()
    {
        var account = await Register.AccountAsync(fixture.Custody, "@foureyes");
        var beth = await fixture.Custody.ClientFor(Personas.Beth, "BusinessDevelopment");
        await Vault.Deposit(beth, account.Id, "FourEyes-1");
        var before = await beth.GetFromJsonAsync<AccountDetails>($"/accounts/{account.Id}", Json.Options);

        var self = await beth.PostAsJsonAsync($"/accounts/{account.Id}/custodians", new { userId = Personas.Beth, name = "Beth Davies", role = "Deputy" });
        var sponsor = await beth.PostAsJsonAsync($"/accounts/{account.Id}/custodians", new { userId = Personas.Sam, name = "Sam Patel", role = "Deputy" });
        var selfAsReplacement = await beth.PostAsJsonAsync($"/accounts/{account.Id}/custodians/dina/removal",
            new { reason = "moved team", replacement = new { userId = Personas.Beth, name = "Beth Davies" } });
        var sponsorAsReplacement = await beth.PostAsJsonAsync($"/accounts/{account.Id}/custodians/dina/removal",
            new { reason = "moved team", replacement = new { userId = Personas.Sam, name = "Sam Patel" } });

        Assert.Equal(HttpStatusCode.Forbidden, self.StatusCode);
        Assert.Contains("another Business Development officer", await self.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, sponsor.StatusCode);
        Assert.Contains("sponsor", await sponsor.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, selfAsReplacement.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, sponsorAsReplacement.StatusCode);
        var after = await beth.GetFromJsonAsync<AccountDetails>($"/accounts/{account.Id}", Json.Options);
        Assert.Equal(before!.Version, after!.Version);
        Assert.Equal(HttpStatusCode.Forbidden, (await Vault.Reveal(beth, account.Id)).StatusCode);
    }

    [Fact]
    public async Task GivenASecondOfficer_WhenTheyNameTheFirst_ThenTheFirstIsACustodianAndMayReveal()
    {
        var account = await Register.AccountAsync(fixture.Custody, "@foureyes2");
        var beth = await fixture.Custody.ClientFor(Personas.Beth, "BusinessDevelopment");
        var bob = await fixture.Custody.ClientFor(Personas.Bob, "BusinessDevelopment");
        await Vault.Deposit(beth, account.Id, "FourEyes-2");

        var added = await bob.PostAsJsonAsync($"/accounts/{account.Id}/custodians", new { userId = Personas.Beth, name = "Beth Davies", role = "Deputy" });

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Vault.Reveal(beth, account.Id)).StatusCode);
    }
}
