using AccountGov.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AccountGov.Portal.BrowserTests;

/// <summary>
/// MECCG139 §6 in the browser: Beth imports the accounts that existed before AccountGov, reads the per-row report,
/// and finds the imported shared account in the register by its type, with no business case to link to.
/// </summary>
public sealed class RegisterImportTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task GivenTheExistingRegister_WhenBethImportsIt_ThenTheReportSaysWhyAndTheRegisterShowsTheType()
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        var csv = string.Join("\n",
            "platform,handle,team,type,partner,sponsorId,sponsorName,primaryId,primaryName,deputyId,deputyName",
            $"Facebook,@stlegacy{run},Estates,,,sam,Sam Patel,carl,Carl Obi,dina,Dina Roy",
            $"TikTok,@stshared{run},Sexual Health,Shared,Bedford Borough Council,sam,Sam Patel,dina,Dina Roy,carl,Carl Obi",
            $"Myspace,@stold{run},Estates,,,sam,Sam Patel,carl,Carl Obi,dina,Dina Roy",
            $"facebook,STLEGACY{run},Estates,,,sam,Sam Patel,carl,Carl Obi,dina,Dina Roy");

        var beth = await fixture.SignInAs("Beth Davies", "import-1-beth");
        await beth.Open("/register", "register-before-import");
        await beth.Follow("Import the existing register", "register-import");
        await beth.Page.GetByLabel("CSV file").SetInputFilesAsync(new FilePayload { Name = "register.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(csv) });
        await beth.Submit("Import the accounts", "register-import-report");

        await Expect(beth.Page.Locator("[data-accepted]")).ToHaveAttributeAsync("data-accepted", "2");
        await Expect(beth.Page.Locator("[data-rejected] [data-row='3']")).ToContainTextAsync("Must be one of");
        await Expect(beth.Page.Locator("[data-rejected] [data-row='4']")).ToContainTextAsync("row 1 of this file");

        await beth.Open("/register", "register-after-import");
        await beth.Page.GetByLabel("Type", new() { Exact = true }).SelectOptionAsync("Shared");
        await beth.Submit("Show accounts", "register-filtered-by-type");
        var shared = beth.Page.Locator($"[data-register] [data-account='@stshared{run}']");
        await Expect(shared.Locator("[data-type]")).ToContainTextAsync("Shared with Bedford Borough Council (imported)");
        await Expect(beth.Page.Locator($"[data-register] [data-account='@stlegacy{run}']")).ToHaveCountAsync(0);

        await beth.Follow($"TikTok @stshared{run}", "register-imported-account");
        await Expect(beth.Page.Locator("[data-imported]")).ToBeVisibleAsync();
        await Expect(beth.Page.Locator("[data-request-link]")).ToHaveCountAsync(0);
    }
}
