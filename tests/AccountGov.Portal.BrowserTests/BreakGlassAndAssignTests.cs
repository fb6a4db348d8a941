using System.Net.Http.Json;
using AccountGov.Custody.Contracts;
using AccountGov.Testing;
using Microsoft.Playwright;
using Refit;
using static Microsoft.Playwright.Assertions;

namespace AccountGov.Portal.BrowserTests;

/// <summary>
/// The two Business Development jobs that need a second person or a stuck handover: break-glass (Beth opens it, she
/// cannot approve her own, Bob approves, Beth sees the password once) and assigning an escalated handover.
/// </summary>
public sealed class BreakGlassAndAssignTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task GivenAnAccountWithAPassword_WhenBethOpensBreakGlassAndBobApproves_ThenBethSeesThePasswordOnce()
    {
        var accountId = await Approved.Account(fixture, "@stbreakglass");
        var password = $"Glass-{Guid.NewGuid():N}";
        await Approved.Deposit(fixture, accountId, "stbreakglass", password);

        var beth = await fixture.SignInAs("Beth Davies", "glass-1-beth");
        await beth.Open($"/register/{accountId}", "account");
        await beth.Submit("Open break-glass access", "open-no-reason");
        await Expect(beth.Page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Say why emergency access is needed.");
        await beth.Page.GetByLabel("Why is emergency access needed?").FillAsync("Carl and Dina are both off sick and a harmful post must come down");
        await beth.Submit("Open break-glass access", "opened");
        await Expect(beth.Page.Locator("[data-break-glass='AwaitingApproval']")).ToContainTextAsync("Another officer must approve it.");
        await Expect(beth.Page.GetByRole(AriaRole.Button, new() { Name = "Approve" })).ToHaveCountAsync(0); // never her own

        var bob = await fixture.SignInAs("Bob Hale", "glass-2-bob");
        await bob.Open($"/register/{accountId}", "account");
        await bob.Submit("Approve", "approved");
        await Expect(bob.Page.Locator("[data-break-glass='Approved']")).ToContainTextAsync("approved by bob");
        await Expect(bob.Page.GetByRole(AriaRole.Button, new() { Name = "Reveal the password once" })).ToHaveCountAsync(0); // only the opener

        await beth.Open($"/register/{accountId}", "account-approved");
        await beth.Page.GetByLabel("Why do you need the password now?").FillAsync("Taking the harmful post down");
        // The page's clock stands still while the test looks: the secret hides on the page's timer (10 s here),
        // which a slow screenshot and axe run would otherwise outlast.
        await beth.Page.Clock.InstallAsync();
        await beth.Page.Clock.PauseAtAsync(DateTime.Now.AddMinutes(1));
        await beth.Page.GetByRole(AriaRole.Button, new() { Name = "Reveal the password once", Exact = true }).ClickAsync();
        await beth.Page.WaitForLoadStateAsync(LoadState.Load);
        var secret = beth.Page.Locator("#secret-password");
        await Expect(secret).ToHaveAttributeAsync("type", "password");
        await Expect(secret).ToHaveValueAsync(password);
        await beth.Check("revealed", clockPaused: true);
        await beth.Page.Clock.ResumeAsync();

        await beth.Open($"/register/{accountId}", "account-used");
        await Expect(beth.Page.Locator("[data-break-glass='Used']")).ToBeVisibleAsync();
        await Expect(beth.Page.GetByRole(AriaRole.Button, new() { Name = "Reveal the password once" })).ToHaveCountAsync(0);
        Assert.DoesNotContain(password, await beth.Page.ContentAsync());
        // Break-glass audit lines carry the approval deadline: the audit page shows it as a date a person reads.
        await beth.Open($"/audit?account={accountId}", "audit");
        await Expect(beth.Page.Locator("[data-audit]")).ToContainTextAsync("opened; approval needed by ");
        Assert.DoesNotContain(fixture.Portal.Logs.Lines, l => l.Contains(password));
    }

    [Fact]
    public async Task GivenAHandoverNobodyCanTake_WhenBethAssignsIt_ThenTheNewCustodianIsTheReceiver()
    {
        var accountId = await Approved.Account(fixture, "@stescalated");
        var hana = await fixture.Custody.ClientFor(Personas.Hana, "HR");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        // Dina, the only deputy, is off sick from today; then Carl gives notice, so his handover has nobody to go to.
        await Record(hana, new { eventId = $"hr-{Guid.NewGuid():N}", type = "LeaveBooked", staffId = Personas.Dina, leaveType = "Sickness",
            from = today.ToString("yyyy-MM-dd"), to = today.AddDays(60).ToString("yyyy-MM-dd") });
        await Record(hana, new { eventId = $"hr-{Guid.NewGuid():N}", type = "Leaving", staffId = Personas.Carl,
            lastWorkingDay = today.AddDays(20).ToString("yyyy-MM-dd") });
        var bob = await fixture.Custody.ClientFor(Personas.Bob, "BusinessDevelopment");
        var added = await bob.PostAsJsonAsync($"/accounts/{accountId}/custodians",
            new { userId = Personas.Rita, name = "Rita Shah", role = "Deputy", reason = "Covers while Dina is off" });
        Assert.True(added.IsSuccessStatusCode, await added.Content.ReadAsStringAsync());

        var beth = await fixture.SignInAs("Beth Davies", "assign-1-beth");
        await beth.Open("/custody/handovers?show=escalated", "escalated");
        await beth.ReloadUntil("@stescalated", "escalated-listed");
        var item = beth.Page.Locator("[data-handover='Escalated']", new() { HasText = "@stescalated from carl" });
        await item.GetByLabel("Who takes the account").SelectOptionAsync(Personas.Rita);
        await item.GetByRole(AriaRole.Button, new() { Name = "Assign" }).ClickAsync();
        await beth.Page.WaitForLoadStateAsync(LoadState.Load);
        await beth.Check("assigned");

        var handovers = await hana.GetFromJsonAsync<System.Text.Json.JsonElement[]>($"/handovers?staffId={Personas.Carl}");
        var handover = Assert.Single(handovers!, h => h.GetProperty("accountId").GetGuid() == accountId);
        Assert.Equal(Personas.Rita, handover.GetProperty("toUserId").GetString());
        Assert.Equal("Open", handover.GetProperty("status").GetString());
    }

    private static async Task Record(HttpClient hr, object body)
    {
        var response = await hr.PostAsJsonAsync("/hr/events", body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
