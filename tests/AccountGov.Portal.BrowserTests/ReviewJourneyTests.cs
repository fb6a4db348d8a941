using AccountGov.Approvals.Contracts;
using static Microsoft.Playwright.Assertions;

namespace AccountGov.Portal.BrowserTests;

/// <summary>
/// Reviews in the browser (IG31 §8.2, CO23 §3.4): BD approves with a dated condition; Carl sees the reviews due on his
/// account, confirms he is still the right custodian and records the condition as met; Beth sees every open review.
/// </summary>
public sealed class ReviewJourneyTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private const string Handle = "@stpaedsreviews";
    private const string Condition = "Pin the moderation rules to the profile";

    [Fact]
    public async Task GivenAnAccountApprovedWithADatedCondition_WhenItsCustodianWorksThroughItsReviews_ThenTheyAreRecordedAndBdSeesThem()
    {
        await Approved.Account(fixture, Handle, new DecisionBody("Approved", null, ["Display the disclaimer"], 12,
            [new DatedConditionBody(Condition, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(20))]));

        var carl = await fixture.SignInAs("Carl Obi", "review-1-carl");
        await carl.Open("/my-accounts", "my-accounts");
        await carl.ReloadUntil(Handle, "my-accounts-reviews");
        var card = carl.Page.Locator($"[data-account='{Handle}'] [data-account-reviews]");
        await Expect(card).ToContainTextAsync("Account review");
        await Expect(card).ToContainTextAsync(Condition);

        await carl.Follow($"Account review of Instagram {Handle}", "account-review");
        await carl.Submit("I am still the right custodian", "account-review-confirmed");
        await Expect(carl.Page.Locator("[data-done]")).ToContainTextAsync("You confirmed");
        await Expect(carl.Page.Locator("[data-confirmed]")).ToContainTextAsync("still to confirm: dina");
        await carl.Submit("Record the review", "account-review-no-outcome");
        await Expect(carl.Page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Choose the outcome");

        await carl.Open("/my-accounts", "my-accounts-again");
        await carl.Follow($"Approval condition: {Condition} of Instagram {Handle}", "condition-review");
        await carl.Page.Locator("#Input_ConditionMet").CheckAsync();
        await carl.Page.GetByLabel("Confirmed: everything is as it should be").CheckAsync();
        await carl.Submit("Record the review", "condition-recorded");
        await Expect(carl.Page.Locator("[data-review-status]")).ToContainTextAsync("Confirmed");

        var beth = await fixture.SignInAs("Beth Davies", "review-2-beth");
        await beth.Open("/reviews", "bd-reviews");
        await Expect(beth.Page.Locator("[data-reviews]")).ToContainTextAsync(Handle);
        await Expect(beth.Page.Locator("[data-policies-past-review]")).ToContainTextAsync("BLMK ICB Social Media Policy");
        await beth.Follow("Overdue", "bd-reviews-overdue");
    }
}
