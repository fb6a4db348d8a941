using System.Net.Http.Json;
using AccountGov.Custody.Contracts;
using AccountGov.Testing;

namespace AccountGov.Custody.IntegrationTests.Reports;

public class ExposureTests(CustodyFixture fixture) : IClassFixture<CustodyFixture>
{
    [Fact]
    public async Task GivenCarlLeaves_WhenAskingWhichPasswordsToChange_ThenOnlyTheVersionsHeCouldHaveSeenAreListed()
    {
        var carl = await fixture.Custody.ClientFor(Personas.Carl, "Staff");
        var dina = await fixture.Custody.ClientFor(Personas.Dina, "Staff");
        var beth = await fixture.Custody.ClientFor(Personas.Beth, "BusinessDevelopment");
        var ada = await fixture.Custody.ClientFor(Personas.Ada, "Auditor");
        var revealedByCarl = await Register.AccountAsync(fixture.Custody, "@exposurerevealed");
        var custodiedByCarl = await Register.AccountAsync(fixture.Custody, "@exposurecustodian");
        var notCarls = await Register.AccountAsync(fixture.Custody, "@exposurenotcarl",
            new("dina", "Dina Roy", Approvals.Contracts.ApprovedCustodianRole.Primary), new("ivy", "Ivy Green", Approvals.Contracts.ApprovedCustodianRole.Deputy));
        await Vault.Deposit(beth, revealedByCarl.Id, "Exposure-1");
        await Vault.Deposit(dina, custodiedByCarl.Id, "Exposure-2");
        await Vault.Deposit(dina, notCarls.Id, "Exposure-3");
        await Vault.Revealed(carl, revealedByCarl.Id);

        var report = await Exposure(ada, "carl");

        Assert.Equal(new[] { revealedByCarl.Id, custodiedByCarl.Id }.Order(), report.Select(r => r.AccountId).Order());
        var revealed = report.Single(r => r.AccountId == revealedByCarl.Id);
        Assert.Equal([ExposureKind.Custodian, ExposureKind.Revealed], revealed.People.Single(p => p.UserId == "carl").Ways);
        Assert.Equal(1, revealed.People.Single(p => p.UserId == "carl").Reveals);
        Assert.Equal([ExposureKind.StoredIt], revealed.People.Single(p => p.UserId == "beth").Ways);

        // Carl is removed from one account and Dina rotates its password: that one is no longer his exposure.
        Assert.True((await beth.PostAsJsonAsync($"/accounts/{custodiedByCarl.Id}/custodians/carl/removal", new { reason = "left the trust" })).IsSuccessStatusCode);
        Assert.Contains(await Exposure(ada, "carl"), r => r.AccountId == custodiedByCarl.Id);
        await Vault.Deposit(dina, custodiedByCarl.Id, "Exposure-2-rotated");

        var after = await Exposure(ada, "carl");
        Assert.Equal([revealedByCarl.Id], after.Select(r => r.AccountId));
        var perAccount = await ada.GetFromJsonAsync<ExposureReport>($"/accounts/{custodiedByCarl.Id}/exposure", Json.Options);
        Assert.Equal(2, perAccount!.CredentialVersion);
        Assert.DoesNotContain(perAccount.People, p => p.UserId == "carl");
    }

    [Fact]
    public async Task GivenABreakGlassReveal_WhenReported_ThenTheOfficerIsExposed()
    {
        var account = await Register.AccountAsync(fixture.Custody, "@exposurebreakglass");
        await Vault.Deposit(await fixture.Custody.ClientFor(Personas.Carl, "Staff"), account.Id, "Exposure-BG");
        var beth = await fixture.Custody.ClientFor(Personas.Beth, "BusinessDevelopment");
        var bob = await fixture.Custody.ClientFor(Personas.Bob, "BusinessDevelopment");
        var opened = await BreakGlass.BreakGlassTests.Open(beth, account.Id);
        await BreakGlass.BreakGlassTests.Approve(bob, account.Id, opened.Id);
        await BreakGlass.BreakGlassTests.RevealVia(beth, account.Id, opened.Id);

        var report = await Exposure(bob, "beth");

        var line = Assert.Single(report, r => r.AccountId == account.Id);
        Assert.Equal([ExposureKind.BreakGlass], line.People.Single(p => p.UserId == "beth").Ways);
        Assert.DoesNotContain(line.People, p => p.UserId == "bob");
    }

    private static async Task<ExposureReport[]> Exposure(HttpClient client, string userId) =>
        (await client.GetFromJsonAsync<ExposureReport[]>($"/reports/exposure?userId={userId}", Json.Options))!;
}
