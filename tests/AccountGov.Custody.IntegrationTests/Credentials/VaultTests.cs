using System.Net;
using System.Net.Http.Json;
using AccountGov.Custody.Api.Accounts;
using CustodianStatus = AccountGov.Custody.Contracts.CustodianStatus;
using ApprovedCustodianRole = AccountGov.Approvals.Contracts.ApprovedCustodianRole;
using CredentialRevealed = AccountGov.Custody.Api.Accounts.CredentialRevealed;
using AccountGov.Custody.Contracts;
using AccountGov.Testing;

namespace AccountGov.Custody.IntegrationTests.Credentials;

public class VaultTests(CustodyFixture fixture) : IClassFixture<CustodyFixture>
{
    [Fact]
    public async Task GivenADepositedCredential_WhenAnActiveCustodianReveals_ThenEveryFieldComesBackAndTheRevealIsAudited()
    {
        var account = await Register.AccountAsync(fixture.Custody, "@vaultroundtrip");
        var carl = await fixture.Custody.ClientFor(Personas.Carl, "Staff");
        await Vault.Deposit(carl, account.Id, "first-Pw-1");
        await Vault.Deposit(carl, account.Id, "second-Pw-2");

        var dina = await fixture.Custody.ClientFor(Personas.Dina, "Staff");
        var response = await Vault.Reveal(dina, account.Id, "monthly review post");
        var revealed = (await response.Content.ReadFromJsonAsync<RevealedCredential>(Json.Options))!;

        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal(2, revealed.Version);
        var expected = Vault.Credential("second-Pw-2");
        Assert.Equal(expected.Username, revealed.Username);
        Assert.Equal(expected.Password, revealed.Password);
        Assert.Equal(expected.LinkedEmail, revealed.LinkedEmail);
        Assert.Equal(expected.LinkedEmailPassword, revealed.LinkedEmailPassword);
        Assert.Equal(expected.RecoveryCodes, revealed.RecoveryCodes);
        Assert.Equal(expected.Notes, revealed.Notes);

        var ada = await fixture.Custody.ClientFor(Personas.Ada, "Auditor");
        var audit = await Vault.Audit(ada, account.Id);
        var reveal = Assert.Single(audit, e => e.Event == nameof(CredentialRevealed));
        Assert.Equal(Personas.Dina, reveal.By);
        Assert.Equal("monthly review post", reveal.Reason);
        Assert.Equal(2, audit.Count(e => e.Event == nameof(CredentialStored)));

        var details = await ada.GetFromJsonAsync<AccountDetails>($"/accounts/{account.Id}", Json.Options);
        Assert.Equal(2, details!.CredentialVersion);
    }

    [Fact]
    public async Task GivenBusinessDevelopment_WhenDepositing_ThenAllowedButRevealingIsForbidden()
    {
        var account = await Register.AccountAsync(fixture.Custody, "@bdvault");
        var beth = await fixture.Custody.ClientFor(Personas.Beth, "BusinessDevelopment");

        await Vault.Deposit(beth, account.Id, "bd-Pw-1");

        Assert.Equal(HttpStatusCode.Forbidden, (await Vault.Reveal(beth, account.Id)).StatusCode);
    }

    [Theory]
    [InlineData(CustodianStatus.OnLeave)]
    [InlineData(CustodianStatus.Leaving)]
    [InlineData(CustodianStatus.Left)]
    public async Task GivenACustodianWhoIsNotActive_WhenRevealingOrDepositing_Then403(CustodianStatus status)
    {
        var (carlId, dinaId) = (Handovers.Given.Person("carl"), Handovers.Given.Person("dina"));
        var account = await Register.AccountAsync(fixture.Custody, $"@inactive{status}",
            new(carlId, "Carl Obi", ApprovedCustodianRole.Primary), new(dinaId, "Dina Roy", ApprovedCustodianRole.Deputy));
        var carl = await fixture.Custody.ClientFor(carlId, "Staff");
        await Vault.Deposit(carl, account.Id, "pw-before-leave");
        await HrSays.Status(fixture.Custody, account.Id, carlId, dinaId, status);

        Assert.Equal(HttpStatusCode.Forbidden, (await Vault.Reveal(carl, account.Id)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await carl.PutAsJsonAsync($"/accounts/{account.Id}/credential", Vault.Credential("x"))).StatusCode);
    }

    [Fact]
    public async Task GivenBadInput_WhenDepositingOrRevealing_Then400WithFieldErrorsAndNothingEchoed()
    {
        var account = await Register.AccountAsync(fixture.Custody, "@badinput");
        var carl = await fixture.Custody.ClientFor(Personas.Carl, "Staff");

        var empty = await carl.PutAsJsonAsync($"/accounts/{account.Id}/credential", Vault.Credential("") );
        var tooLong = await carl.PutAsJsonAsync($"/accounts/{account.Id}/credential", Vault.Credential(new string('Z', 1025)) with { Notes = new string('N', 4001) });
        var noReason = await carl.PostAsJsonAsync($"/accounts/{account.Id}/credential/reveal", new { reason = " " });

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("\"password\"", await empty.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        var body = await tooLong.Content.ReadAsStringAsync();
        Assert.Contains("\"notes\"", body);
        Assert.DoesNotContain("ZZZZ", body);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("\"reason\"", await noReason.Content.ReadAsStringAsync());
        Assert.Null((await carl.GetFromJsonAsync<AccountDetails>($"/accounts/{account.Id}", Json.Options))!.CredentialVersion);
    }

    [Fact]
    public async Task GivenAnUnknownAccount_WhenUsingTheVault_Then404()
    {
        var id = Guid.NewGuid();
        var beth = await fixture.Custody.ClientFor(Personas.Beth, "BusinessDevelopment");
        var carl = await fixture.Custody.ClientFor(Personas.Carl, "Staff");
        var ada = await fixture.Custody.ClientFor(Personas.Ada, "Auditor");

        Assert.Equal(HttpStatusCode.NotFound, (await beth.PutAsJsonAsync($"/accounts/{id}/credential", Vault.Credential("x"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Vault.Reveal(carl, id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ada.GetAsync($"/accounts/{id}/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ada.GetAsync($"/accounts/{id}/exposure")).StatusCode);
    }

    [Fact]
    public async Task GivenNoCredentialYet_WhenRevealing_Then404()
    {
        var account = await Register.AccountAsync(fixture.Custody, "@nocredential");
        var carl = await fixture.Custody.ClientFor(Personas.Carl, "Staff");
        Assert.Equal(HttpStatusCode.NotFound, (await Vault.Reveal(carl, account.Id)).StatusCode);
    }
}
