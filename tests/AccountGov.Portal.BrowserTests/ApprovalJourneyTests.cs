using AccountGov.Custody.Contracts;
using AccountGov.Testing;
using Refit;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AccountGov.Portal.BrowserTests;

/// <summary>
/// A request from the first click to approval, each person in their own browser, as they would click through it.
/// Rita's revision changes the case's content, so by the rules (Approvals readme) Sam endorses and Ivy reviews
/// the DPIA again before Beth decides.
/// </summary>
public sealed class ApprovalJourneyTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private const string Handle = "@stpaedsjourney";

    [Fact]
    public async Task GivenOneScreeningYes_WhenEveryoneActsInThePortal_ThenRitaSeesHerRequestApproved()
    {
        var rita = await fixture.SignInAs("Rita Shah", "journey-1-rita");
        await CookiesAreSecure(rita.Page);
        await rita.Follow("Ask for an account", "business-case-empty");
        await rita.Submit("Continue", "business-case-errors");
        await Expect(rita.Page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Answer yes or no");

        await BusinessCaseForm.Fill(rita.Page, Handle, screeningYes: "PersonalData");
        await rita.Submit("Continue", "check-your-answers");
        await Expect(rita.Page.Locator("[data-dpia-needed]")).ToContainTextAsync("A full DPIA will be needed");
        await rita.Submit("Send request", "request-sent");
        await Expect(rita.Page.Locator("[data-dpia-needed]")).ToContainTextAsync("A full DPIA is needed");
        var requestPath = new Uri(rita.Page.Url).AbsolutePath;

        await rita.Follow("Attach the full DPIA", "dpia-form");
        await BusinessCaseForm.FillDpia(rita.Page);
        await rita.Submit("Attach the DPIA", "request-with-dpia");
        await Expect(rita.Page.Locator("h2", new() { HasText = "Data protection impact assessment" })).ToBeVisibleAsync();

        await Endorse("journey-2-sam");
        await AcceptDpia("journey-3-ivy");

        var beth = await fixture.SignInAs("Beth Davies", "journey-4-beth");
        await beth.ReloadUntil(Handle, "home-with-decision");
        await beth.Follow($"Instagram {Handle}", "case");
        await beth.Page.GetByLabel("Ask for changes").CheckAsync();
        await beth.Submit("Record decision", "case-reason-missing");
        await Expect(beth.Page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Say what needs to change.");
        await beth.Page.GetByLabel("Reason", new() { Exact = true }).FillAsync("Say who covers monitoring on bank holidays.");
        await beth.Submit("Record decision", "case-changes-requested");
        await Expect(beth.Page.Locator("[data-case-status]")).ToHaveAttributeAsync("data-case-status", "ChangesRequested");

        await rita.Open("/", "home");
        await rita.ReloadUntil("Changes asked for", "home-changes-requested");
        await rita.Follow($"Instagram {Handle}", "request-changes-requested");
        await rita.Follow("Revise your request", "revise-form");
        await rita.Page.GetByLabel("Monitoring hours", new() { Exact = true }).FillAsync("Mon-Fri 08:00-17:00; bank holidays covered by Dina");
        await rita.Submit("Continue", "revise-check");
        await rita.Submit("Send request", "request-revised");
        await Expect(rita.Page.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "Submitted");

        await Endorse("journey-5-sam");
        await AcceptDpia("journey-6-ivy");

        await beth.Open(new Uri(beth.Page.Url).AbsolutePath, "case-again");
        await beth.ReloadUntil("What is your decision?", "case-ready-to-approve");
        await beth.Page.GetByLabel("Approve", new() { Exact = true }).CheckAsync();
        await beth.Page.GetByLabel("Review the account every (months)").FillAsync("often");
        await beth.Submit("Record decision", "case-terms-invalid");
        await Expect(beth.Page.Locator(".nhsuk-error-summary")).ToContainTextAsync("whole number of months");
        var dueOn = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(2);
        await beth.Page.GetByLabel("Approve", new() { Exact = true }).CheckAsync();
        await beth.Page.GetByLabel("Review the account every (months)").FillAsync("6");
        await beth.Page.GetByLabel("Condition 1 (optional)").FillAsync("Display the disclaimer on the profile");
        await beth.Page.GetByLabel("Condition 1 must be met by (optional)").FillAsync(dueOn.ToString("yyyy-MM-dd"));
        await beth.Page.GetByLabel("Condition 2 (optional)").FillAsync("Post in plain English");
        await beth.Submit("Record decision", "case-approved");
        await Expect(beth.Page.Locator("[data-case-status]")).ToHaveAttributeAsync("data-case-status", "Approved");
        await TermsReachCustody(Guid.Parse(requestPath.Split('/').Last()), dueOn);

        await rita.Open(requestPath, "request");
        await rita.ReloadUntil("data-status=\"Approved\"", "request-approved");
        await Expect(rita.Page.Locator("[data-status]")).ToContainTextAsync("Approved");
        Assert.DoesNotContain(fixture.Portal.Logs.Lines, l => PortalBrowser.Jwt.IsMatch(l));
    }

    /// <summary>BD's terms from the form: a six-monthly account review and a review for the dated condition.</summary>
    private async Task TermsReachCustody(Guid requestId, DateOnly dueOn)
    {
        var custody = RestService.For<ICustodyApi>(await fixture.Custody.ClientFor(Personas.Beth, "BusinessDevelopment"));
        var reviews = RestService.For<ICustodyReviewsApi>(await fixture.Custody.ClientFor(Personas.Beth, "BusinessDevelopment"));
        var account = await Eventually.Get(async () => (await custody.ListAccounts(requestId: requestId)).SingleOrDefault(), what: "the account in Custody");
        var scheduled = await Eventually.Get(async () => await reviews.ListAccountReviews(account.Id), until: r => r!.Count >= 2, what: "the account's reviews");
        var condition = Assert.Single(scheduled, r => r.Kind == ReviewKind.Condition);
        Assert.Equal(("Display the disclaimer on the profile", dueOn), (condition.Condition, condition.DueOn));
        var sixMonths = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(6);
        var periodic = Assert.Single(scheduled, r => r.Kind == ReviewKind.Account);
        Assert.InRange(periodic.DueOn, sixMonths.AddDays(-1), sixMonths.AddDays(1)); // UK day vs UTC day near midnight
        Assert.Contains("Post in plain English", account.Conditions);
    }

    private async Task Endorse(string prefix)
    {
        var sam = await fixture.SignInAs("Sam Patel", prefix);
        await sam.ReloadUntil(Handle, "home-with-endorsement");
        await sam.Follow($"Instagram {Handle}", "case");
        await sam.Page.GetByLabel("Yes, I endorse it").CheckAsync();
        await sam.Submit("Record endorsement", "case-endorsed");
        await Expect(sam.Page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("Your decision is recorded");
    }

    private async Task AcceptDpia(string prefix)
    {
        var ivy = await fixture.SignInAs("Ivy Green", prefix);
        await ivy.ReloadUntil(Handle, "home-with-dpia-review");
        await ivy.Follow($"Instagram {Handle}", "case");
        await ivy.ReloadUntil("Is the DPIA acceptable?", "case-dpia-attached");
        await ivy.Page.GetByLabel("Accept the DPIA").CheckAsync();
        await ivy.Submit("Record DPIA review", "case-dpia-accepted");
        await Expect(ivy.Page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("Your decision is recorded");
    }

    private static async Task CookiesAreSecure(IPage page)
    {
        var session = (await page.Context.CookiesAsync()).Single(c => c.Name == "accountgov.session");
        Assert.True(session.HttpOnly);
        Assert.True(session.Secure);
        Assert.Equal(SameSiteAttribute.Lax, session.SameSite);
    }
}
