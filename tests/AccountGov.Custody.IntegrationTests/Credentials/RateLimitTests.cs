using System.Net;
using AccountGov.Custody.Api;
using AccountGov.Approvals.Contracts;
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
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.DoesNotContain("Rate-Marker", await limited.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await Vault.Reveal(dina, account.Id)).StatusCode);
        var ada = await fixture.Custody.ClientFor(Personas.Ada, "Auditor");
        Assert.Equal(3, (await Vault.Audit(ada, account.Id)).Count(e => e.Event == "CredentialRevealed" && e.By == Personas.Carl));
    }

    /// <summary>
    /// Issue 11: the limit was per replica, and a reveal that lost a race to a concurrent writer still used a permit.
    /// Two replicas on one database, eight reveals at once across them: exactly the limit happen, the rest are 429.
    /// </summary>
    [Fact]
    public async Task GivenTwoReplicasAndABurstOfReveals_WhenTheyRace_ThenExactlyTheLimitHappensAcrossBoth()
    {
        await using var second = new ServiceHost<CustodyApi>(fixture.Environment, CustodyModule.ServiceName, new Dictionary<string, string?>
        {
            ["Custody:KeyFile"] = fixture.KeyFile,
            ["Custody:RevealRateLimit:PermitLimit"] = "3",
            ["Custody:RevealRateLimit:Window"] = "00:10:00",
        });
        var erin = $"erin-{Guid.NewGuid():N}"; // no reveals yet in this class's window
        var account = await Register.AccountAsync(fixture.Custody, "@ratereplicas",
            new(erin, "Erin Cole", ApprovedCustodianRole.Primary), new(Personas.Dina, "Dina Roy", ApprovedCustodianRole.Deputy));
        await Vault.Deposit(await fixture.Custody.ClientFor(Personas.Dina, "Staff"), account.Id, "Rate-Replicas");
        HttpClient[] replicas = [await fixture.Custody.ClientFor(erin, "Staff"), await second.ClientFor(erin, "Staff")];

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Vault.Reveal(replicas[i % 2], account.Id)));

        var codes = answers.Select(a => a.StatusCode).ToList();
        Assert.Equal(3, codes.Count(c => c == HttpStatusCode.OK));
        Assert.Equal(5, codes.Count(c => c == HttpStatusCode.TooManyRequests));
        var ada = await fixture.Custody.ClientFor(Personas.Ada, "Auditor");
        Assert.Equal(3, (await Vault.Audit(ada, account.Id)).Count(e => e.Event == "CredentialRevealed" && e.By == erin));
    }
}
