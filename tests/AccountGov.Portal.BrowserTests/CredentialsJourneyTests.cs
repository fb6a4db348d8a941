using System.Net.Http.Json;
using AccountGov.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AccountGov.Portal.BrowserTests;

/// <summary>
/// IG31 §8.1 in the Portal: Beth sees an account with no credential stored (its due date) on the Credentials report and
/// on its page, asks a custodian to hand it over, and after a custodian is removed sees that the password must change.
/// </summary>
public sealed class CredentialsJourneyTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task GivenAnAccountWithNoCredential_WhenBethReadsIt_AsksForAHandover_AndRemovesACustodian_ThenThePortalSaysWhatIsOwed()
    {
        var accountId = await Approved.Account(fixture, "@stcredentials");
        var beth = await fixture.SignInAs("Beth Davies", "credentials-1-beth");

        await beth.Open("/custody/credentials", "credentials-report");
        await Expect(beth.Page.Locator($"[data-missing='{accountId}']")).ToContainTextAsync("Due");
        await beth.Open($"/register/{accountId}", "account-no-credential");
        await Expect(beth.Page.Locator("[data-deposit='due']")).ToContainTextAsync("No credential is stored for this account");
        await Expect(beth.Page.Locator("[data-rotation='none']")).ToBeVisibleAsync();

        await beth.Page.GetByLabel("Custodian", new() { Exact = true }).SelectOptionAsync(Personas.Dina);
        await beth.Submit("Request a handover", "handover-requested");
        Assert.EndsWith("/custody/handovers", beth.Page.Url);
        await Expect(beth.Page.Locator("[data-handover='Open']").Filter(new() { HasText = "stcredentials" })).ToContainTextAsync("on request");

        await Approved.Deposit(fixture, accountId, "stcredentials", $"Cred-{Guid.NewGuid():N}");
        var bob = await fixture.Custody.ClientFor(Personas.Bob, "BusinessDevelopment");
        Assert.True((await bob.PostAsJsonAsync($"/accounts/{accountId}/custodians/{Personas.Dina}/removal", new { reason = "moved team" })).IsSuccessStatusCode);

        await beth.Open($"/register/{accountId}", "account-rotation-open");
        await Expect(beth.Page.Locator("[data-deposit='held']")).ToBeVisibleAsync();
        await Expect(beth.Page.Locator("[data-rotation='open']")).ToContainTextAsync("a custodian was removed");
        await beth.Open("/custody/credentials", "credentials-rotation");
        await Expect(beth.Page.Locator($"[data-rotation='{accountId}']")).ToContainTextAsync("A custodian was removed");
        await Expect(beth.Page.Locator($"[data-missing='{accountId}']")).ToHaveCountAsync(0);
    }
}
