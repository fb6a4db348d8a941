using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.Testing;
using Refit;
using static Microsoft.Playwright.Assertions;

namespace AccountGov.Portal.BrowserTests;

/// <summary>
/// Approvals stops while Rita follows her request: the pages that need it say so in place, and the pages that do
/// not keep answering as before. This class has its own services, so stopping one touches no other test.
/// </summary>
public sealed class ServiceOutageTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task GivenApprovalsStopsMidJourney_WhenPagesAreOpened_ThenOnlyThePagesNeedingItSaySo()
    {
        var requests = RestService.For<IAccountRequestsApi>(await fixture.Requests.ClientFor(Personas.Rita, "Staff"));
        var submitted = await requests.Submit(Cases.Instagram("@outagetest"));
        var requestPath = $"/requests/{submitted.Content!.Id}";

        var rita = await fixture.SignInAs("Rita Shah", "outage-1-rita");
        await rita.Open(requestPath, "request");
        await rita.ReloadUntil("data-stage", "request-with-stages");

        await fixture.Approvals.DisposeAsync();

        await rita.Open(requestPath, "request-approvals-down");
        await Expect(rita.Page.Locator("[data-service-down]")).ToContainTextAsync("The approvals service is not answering");
        await Expect(rita.Page.Locator("[data-waiting-on]")).ToContainTextAsync("Not known just now");
        await Expect(rita.Page.Locator("h2", new() { HasText = "Business case" })).ToBeVisibleAsync();

        await rita.Open("/requests", "my-requests-approvals-down");
        await Expect(rita.Page.Locator("[data-service-down]")).ToHaveCountAsync(0);
        await Expect(rita.Page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Instagram @outagetest" })).ToBeVisibleAsync();

        var sam = await fixture.SignInAs("Sam Patel", "outage-2-sam");
        await Expect(sam.Page.Locator("[data-service-down]")).ToContainTextAsync("The approvals service is not answering");
        await Expect(sam.Page.Locator("h2", new() { HasText = "Start here" })).ToBeVisibleAsync();
    }
}
