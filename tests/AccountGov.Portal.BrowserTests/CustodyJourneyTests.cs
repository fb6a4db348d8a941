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

        await HanaUploadsLeavers();

        var dina = await fixture.SignInAs("Dina Roy", "custody-3-dina");
        // The address a handover email gives (any handover id) lands the receiver on her handovers.
        await dina.Open($"/handovers/{Guid.NewGuid()}", "my-handovers");
        Assert.EndsWith("/my-handovers", dina.Page.Url);
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

        await BethSeesTheRegister(accountId);
        await AdaReadsTheAuditTrail(password, newPassword);

        Assert.DoesNotContain(fixture.Portal.Logs.Lines, l => l.Contains(password) || l.Contains(newPassword) || PortalBrowser.Jwt.IsMatch(l));
    }

    /// <summary>Hana reads the rules, downloads the template, and uploads a file: Carl leaving, one bad row, one good.</summary>
    private async Task HanaUploadsLeavers()
    {
        var hana = await fixture.SignInAs("Hana Kim", "custody-2-hana");
        await hana.Follow("Record an HR event", "hr-event-form");
        await Expect(hana.Page.Locator("[data-hr-rules]")).ToContainTextAsync("Leaving");
        await hana.Submit("Record the event", "hr-event-errors");
        await Expect(hana.Page.Locator(".nhsuk-error-summary")).ToContainTextAsync("type is required");

        await hana.Follow("Upload an HR file", "hr-upload");
        var download = await hana.Page.RunAndWaitForDownloadAsync(() => hana.Page.GetByRole(AriaRole.Link, new() { Name = "Download the CSV template" }).ClickAsync());
        Assert.Equal("eventId,type,staffId,leaveType,from,to,lastWorkingDay,team", File.ReadLines(await download.PathAsync()).First());

        var day = DateOnly.FromDateTime(DateTime.UtcNow);
        var csv = "eventId,type,staffId,leaveType,from,to,lastWorkingDay\n" +
                  $"hr-journey-1,Leaving,carl,,,,{day.AddDays(30):yyyy-MM-dd}\n" +
                  "hr-journey-2,LeaveBooked,bob,Annual,2026-13-40,,\n" +
                  $"hr-journey-3,LeaveBooked,dina,Annual,{day.AddDays(45):yyyy-MM-dd},{day.AddDays(49):yyyy-MM-dd},\n";
        await hana.Page.GetByLabel("CSV file").SetInputFilesAsync(new FilePayload { Name = "leavers.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(csv) });
        // Three rows are over the fixture's inline limit: the page shows progress and reloads itself when the file
        // is done, so the test waits for the report rather than checking a page about to go away.
        await hana.Page.GetByRole(AriaRole.Button, new() { Name = "Upload the file" }).ClickAsync();
        await Expect(hana.Page.Locator("[data-batch-status='Completed']")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await hana.Check("hr-batch-report");
        await Expect(hana.Page.Locator("[data-accepted]")).ToHaveAttributeAsync("data-accepted", "2");
        await Expect(hana.Page.Locator("[data-rejected] [data-row]")).ToHaveCountAsync(1);
        await Expect(hana.Page.Locator("[data-row='2']")).ToContainTextAsync("from must be an ISO date");
    }

    /// <summary>
    /// Beth filters the register and exports it; the account page shows the reveal in its audit trail; Dina's leave
    /// after Carl has gone shows as an upcoming gap; the dashboard charts one account held by one active custodian.
    /// </summary>
    private async Task BethSeesTheRegister(Guid accountId)
    {
        var beth = await fixture.SignInAs("Beth Davies", "custody-4-beth");
        // The address an email gives for the account lands BD on the register's account page.
        await beth.Open($"/accounts/{accountId}", "email-link-account");
        Assert.EndsWith($"/register/{accountId}", beth.Page.Url);
        await beth.Follow("Register", "register");
        await Expect(beth.Page.Locator($"[data-register] [data-account='{Handle}']")).ToBeVisibleAsync();
        await beth.Page.GetByLabel("Custodian", new() { Exact = true }).FillAsync("dina");
        await beth.Page.GetByLabel("Password", new() { Exact = true }).SelectOptionAsync("held");
        await beth.Submit("Show accounts", "register-filtered");
        await Expect(beth.Page.Locator("[data-count]")).ToHaveAttributeAsync("data-count", "1");

        var download = await beth.Page.RunAndWaitForDownloadAsync(() => beth.Page.GetByRole(AriaRole.Link, new() { Name = "Export these as CSV" }).ClickAsync());
        var lines = File.ReadAllLines(await download.PathAsync());
        var header = lines[0].Split(',');
        Assert.Equal(2, lines.Length);
        var row = header.Zip(lines[1].Split(',')).ToDictionary(p => p.First, p => p.Second);
        Assert.Equal("'" + Handle, row["handle"]); // a cell starting with @ is quoted so a spreadsheet does not run it
        Assert.Equal("Dina Roy", row["primary"]);
        Assert.Equal("2", row["credential version"]);

        await beth.Follow($"Instagram {Handle}", "account");
        await Expect(beth.Page.Locator("[data-audit]")).ToContainTextAsync("Posting this week's clinic update");
        await Expect(beth.Page.Locator("[data-request-link]")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/requests/"));
        await beth.Page.GetByLabel("Date", new() { Exact = true }).FillAsync(DateTime.UtcNow.AddYears(-1).ToString("yyyy-MM-dd"));
        await beth.Submit("Show custody on that date", "account-as-of-last-year");
        await Expect(beth.Page.Locator("[data-as-of-empty]")).ToBeVisibleAsync();

        await beth.Follow("Custody gaps", "custody-gaps");
        await Expect(beth.Page.Locator("[data-gaps='upcoming']")).ToContainTextAsync(Handle);
        await beth.Follow("Handovers", "handovers");
        await Expect(beth.Page.Locator("[data-handovers]")).ToContainTextAsync($"Instagram {Handle} from dina");

        await beth.Follow("Dashboard", "dashboard");
        await Expect(beth.Page.Locator("[data-chart] canvas")).ToHaveCountAsync(4);
        await Expect(beth.Page.Locator("[data-chart] canvas").First).ToBeVisibleAsync();
        var coverage = beth.Page.Locator("[data-chart='Active accounts by active custodians']");
        await Expect(coverage.Locator("[data-point='One'] td")).ToHaveAttributeAsync("data-value", "1");
        var requests = beth.Page.Locator("[data-chart='Requests by status']");
        await Expect(requests.Locator("[data-point='Approved'] td")).ToHaveAttributeAsync("data-value", "1");
    }

    /// <summary>Ada filters the audit trail to Carl's actions and exports it; no password is in the page or the file.</summary>
    private async Task AdaReadsTheAuditTrail(params string[] passwords)
    {
        var ada = await fixture.SignInAs("Ada Lowe", "custody-5-ada");
        await ada.Follow("Audit trail", "audit");
        await ada.Page.GetByLabel("Person (user ID)").FillAsync("carl");
        await ada.Submit("Show the audit trail", "audit-carl");
        await Expect(ada.Page.Locator("[data-audit]")).ToContainTextAsync("Posting this week's clinic update");
        var download = await ada.Page.RunAndWaitForDownloadAsync(() => ada.Page.GetByRole(AriaRole.Link, new() { Name = "Export as CSV" }).ClickAsync());
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.StartsWith("when,account,event,by,reason,detail", csv);
        Assert.Contains("Posting this week's clinic update", csv);
        var page = await ada.Page.ContentAsync();
        Assert.All(passwords, p => { Assert.DoesNotContain(p, csv); Assert.DoesNotContain(p, page); });
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
        // Before his first reveal Carl reads what must never be posted (CO23 §3.5) and says he will keep to it.
        await carl.Follow("Reveal the password", "reveal-rules");
        await Expect(carl.Page.Locator("[data-never-post-rules]")).ToContainTextAsync("patients or their relatives");
        await carl.Submit("Continue", "reveal-rules-not-ticked");
        await Expect(carl.Page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Tick to confirm you have read the rules");
        await carl.Page.GetByLabel("I have read these rules and will keep to them").CheckAsync();
        await carl.Submit("Continue", "reveal-form");
        await carl.Submit("Reveal the password", "reveal-no-reason");
        await Expect(carl.Page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Say why you need the password.");
        await carl.Page.GetByLabel("Why do you need the password?").FillAsync("Posting this week's clinic update");
        // The page's clock stands still until the test moves it: the secret hides on the page's timer, never on
        // how long the screenshot and axe took.
        await carl.Page.Clock.InstallAsync();
        await carl.Page.Clock.PauseAtAsync(DateTime.Now.AddMinutes(1));
        var response = await carl.Page.RunAndWaitForResponseAsync(
            () => carl.Page.GetByRole(AriaRole.Button, new() { Name = "Reveal the password", Exact = true }).ClickAsync(),
            r => r.Request.Method == "POST");
        Assert.Contains("no-store", await response.HeaderValueAsync("cache-control"));
        Assert.DoesNotContain(password, carl.Page.Url);

        var secret = carl.Page.Locator("#secret-password");
        await Expect(secret).ToHaveAttributeAsync("type", "password");
        await carl.Check("revealed-masked", clockPaused: true);
        await Expect(secret).ToHaveAttributeAsync("autocomplete", "off");
        await Expect(carl.Page.Locator("#secret-recovery-2")).ToHaveAttributeAsync("type", "password");
        await carl.Page.GetByRole(AriaRole.Button, new() { Name = "Show Password", Exact = true }).ClickAsync();
        await Expect(secret).ToHaveAttributeAsync("type", "text");
        await Expect(secret).ToHaveValueAsync(password);
        await Expect(carl.Page.Locator("#secret-email")).ToHaveValueAsync("paeds.custody@example.nhs.uk");
        await Expect(carl.Page.Locator("[data-hidden-notice]")).ToBeHiddenAsync();
        await carl.Page.Clock.RunForAsync(10_000);
        await Expect(carl.Page.Locator("[data-hidden-notice]")).ToBeVisibleAsync();
        await Expect(carl.Page.Locator("[data-revealed]")).ToHaveCountAsync(0);
        await carl.Check("reveal-hidden-again", clockPaused: true);
        await carl.Page.Clock.ResumeAsync();
        Assert.DoesNotContain(password, await carl.Page.ContentAsync());
    }
}
