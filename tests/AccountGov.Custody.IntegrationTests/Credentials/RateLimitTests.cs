using System.Net;
using AccountGov.Testing;

namespace AccountGov.Custody.IntegrationTests.Credentials;

public class RateLimitTests(RateLimitedCustodyFixture fixture) : IClassFixture<RateLimitedCustodyFixture>
{
    [Fact]
    public async Task GivenAUserOverTheRevealLimit_WhenRevealingAgain_Then429ProblemDetailsAndOthersAreUnaffected()
    {
        var account = await Register.AccountAsync(fixture.Custody, "@ratelimited");
        var carl = await fixture.Custody.ClientFor(Personas.Carl, "Staff");
        var dina = await fixture.Custody.ClientFor(Personas.Dina, "Staff");
        await Vault.Deposit(carl, account.Id, "Rate-Marker");

        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await Vault.Reveal(carl, account.Id)).StatusCode);
        var limited = await Vault.Reveal(carl, account.Id);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("Rate-Marker", await limited.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await Vault.Reveal(dina, account.Id)).StatusCode);
        var ada = await fixture.Custody.ClientFor(Personas.Ada, "Auditor");
        Assert.Equal(3, (await Vault.Audit(ada, account.Id)).Count(e => e.Event == "CredentialRevealed" && e.By == Personas.Carl));
    }
}
