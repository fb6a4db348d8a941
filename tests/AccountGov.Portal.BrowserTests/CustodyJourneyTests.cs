using AccountGov.Custody.Contracts;
using AccountGov.Testing;
using Microsoft.Playwright;
using Refit;
using static Microsoft.Playwright.Assertions;

namespace AccountGov.Portal.BrowserTests;

/// <summary>
/// After approval, in the browser: Carl stores and reveals the credential, Carl leaves, Dina takes the account
/// over with a new password, and Carl's reveal is refused.
/// </summary>
public sealed class CustodyJourneyTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private const string Handle = "@stpaedscustody";

    [Fact]
    public async Task GivenAnApprovedAccount_WhenCustodiansHrAndBdWorkInThePortal_ThenCustodyMovesAndEveryoneSeesIt()
    {
        var accountId = await Approved.Account(fixture, Handle);

        var carl = await fixture.SignInAs("Carl Obi", "custody-1-carl");
        await carl.Open("/my-accounts", "my-accounts");
        await carl.ReloadUntil(Handle, "my-accounts-approved");
        var card = carl.Page.Locator($"[data-account='{Handle}']");
        await Expect(card.Locator("[data-my-role]")).ToContainTextAsync("Primary custodian");
        await Expect(card.Locator("[data-custodian='dina']")).ToContainTextAsync("Dina Roy");
        await Expect(card.Locator("[data-credential]")).ToContainTextAsync("Not stored yet");

        var password = await StoreCredential(carl, "Store the password", "store-credential");
        await Expect(carl.Page.Locator($"[data-account='{Handle}'] [data-credential]")).ToContainTextAsync("Version 1");
        await RevealAndWatchItHide(carl, password);

        await fixture.HrEvent(new HrEventBody("hr-journey-1", "Leaving", Personas.Carl, null, null, null,
            DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)).ToString("yyyy-MM-dd")));

        var dina = await fixture.SignInAs("Dina Roy", "custody-3-dina");
        await dina.Open("/my-handovers", "my-handovers");
        await dina.ReloadUntil("data-handover=", "my-handovers-one");
        await dina.Submit("Confirm the handover of Instagram " + Handle, "handover-not-rotated");
        await Expect(dina.Page.Locator(".nhsuk-error-summary")).ToContainTextAsync("rotate");
        await dina.Follow("Change and store the password", "handover-store-form");
        var newPassword = await StoreCredential(dina, null, "handover-store");
        Assert.NotEqual(password, newPassword);
        await Expect(dina.Page.Locator("[data-rotated]")).ToBeVisibleAsync();
        await dina.Page.GetByLabel("The linked email account is transferred to me").CheckAsync();
        await dina.Submit("Confirm the handover of Instagram " + Handle, "handover-completed");
        await Expect(dina.Page.Locator("[data-handover-done]")).ToBeVisibleAsync();
        await Expect(dina.Page.Locator("[data-no-handovers]")).ToBeVisibleAsync();

        await carl.Open($"/accounts/{accountId}/reveal", "reveal-refused");
        await Expect(carl.Page.Locator("[data-refused]")).ToContainTextAsync("You are leaving the organisation");

        Assert.DoesNotContain(fixture.Portal.Logs.Lines, l => l.Contains(password) || l.Contains(newPassword) || PortalBrowser.Jwt.IsMatch(l));
    }

    /// <summary>Fills the store form with a generated password (its strength hint read), returns the password.</summary>
    private static async Task<string> StoreCredential(PortalBrowser who, string? link, string name)
    {
        if (link is not null) await who.Follow(link, name + "-form");
        var page = who.Page;
        await page.GetByLabel("Login", new() { Exact = true }).FillAsync("stpaedscustody");
        await page.GetByRole(AriaRole.Button, new() { Name = "Generate a strong password" }).ClickAsync();
        await Expect(page.Locator("[data-strength]")).ToHaveTextAsync("Strong.");
        var password = await page.Locator("#Input_Password").InputValueAsync();
        await page.GetByLabel("Linked email account (optional)").FillAsync("paeds.custody@example.nhs.uk");
        await page.GetByLabel("Linked email password (optional)").FillAsync("Linked-" + password);
        await page.GetByLabel("Recovery codes (optional)").FillAsync("recovery-one\nrecovery-two");
        await who.Submit("Store the password", name + "-stored");
        return password;
    }

    private static async Task RevealAndWatchItHide(PortalBrowser carl, string password)
    {
        await carl.Follow("Reveal the password", "reveal-form");
        await carl.Submit("Reveal the password", "reveal-no-reason");
        await Expect(carl.Page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Say why you need the password.");
        await carl.Page.GetByLabel("Why do you need the password?").FillAsync("Posting this week's clinic update");
        var response = await carl.Page.RunAndWaitForResponseAsync(
            () => carl.Page.GetByRole(AriaRole.Button, new() { Name = "Reveal the password", Exact = true }).ClickAsync(),
            r => r.Request.Method == "POST");
        Assert.Contains("no-store", await response.HeaderValueAsync("cache-control"));
        Assert.DoesNotContain(password, carl.Page.Url);

        var secret = carl.Page.Locator("#secret-password");
        await Expect(secret).ToHaveAttributeAsync("type", "password");
        await Expect(secret).ToHaveAttributeAsync("autocomplete", "off");
        await Expect(carl.Page.Locator("#secret-recovery-2")).ToHaveAttributeAsync("type", "password");
        await carl.Page.GetByRole(AriaRole.Button, new() { Name = "Show Password", Exact = true }).ClickAsync();
        await Expect(secret).ToHaveAttributeAsync("type", "text");
        await Expect(secret).ToHaveValueAsync(password);
        await Expect(carl.Page.Locator("#secret-email")).ToHaveValueAsync("paeds.custody@example.nhs.uk");
        await Expect(carl.Page.Locator("[data-hidden-notice]")).ToBeVisibleAsync();
        await Expect(carl.Page.Locator("[data-revealed]")).ToHaveCountAsync(0);
        await carl.Check("reveal-hidden-again");
        Assert.DoesNotContain(password, await carl.Page.ContentAsync());
    }
}
