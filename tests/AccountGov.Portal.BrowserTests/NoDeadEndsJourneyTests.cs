using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.Approvals.Contracts;
using AccountGov.Testing;
using Microsoft.Playwright;
using Refit;
using static Microsoft.Playwright.Assertions;

namespace AccountGov.Portal.BrowserTests;

/// <summary>
/// Issue 13, the approval half, as people click through it: Ivy asks Rita to amend a High-risk DPIA, Rita attaches
/// the amended one, Ivy accepts it with the comment a High risk needs; Rita replaces a sponsor who cannot endorse;
/// Beth sends a case back from the endorsement stage. Requests start through the APIs; the steps under test are clicked.
/// </summary>
public sealed class NoDeadEndsJourneyTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task GivenAHighRiskDpia_WhenIvyAsksForChangesAndRitaAmendsIt_ThenIvyAcceptsItWithAComment()
    {
        const string handle = "@deadendsdpia";
        var id = await Submitted(handle, Personas.Sam, personalData: true);
        var sam = RestService.For<IApprovalsApi>(await fixture.Approvals.ClientFor(Personas.Sam, "SeniorManager"));
        await sam.Endorse(id, new EndorsementBody(true, null));
        var ritaApi = RestService.For<IAccountRequestsApi>(await fixture.Requests.ClientFor(Personas.Rita, "Staff"));
        Assert.True((await ritaApi.AttachDpia(id, Dpia("High"))).IsSuccessStatusCode);

        var ivy = await fixture.SignInAs("Ivy Green", "deadends-1-ivy");
        await ivy.Open("/cases/queue?stage=DpiaReview", "dpia-queue");
        await ivy.ReloadUntil($"data-request-id=\"{id}\"", "dpia-queue-ready");
        await Expect(ivy.Page.Locator("[data-ready-for-review]")).ToContainTextAsync(handle);
        await ivy.Follow($"Instagram {handle}", "case-high-risk");
        await Expect(ivy.Page.Locator("[data-high-risk]")).ToContainTextAsync("The residual risk is High");
        await ivy.Page.GetByLabel("Ask the requester to amend the DPIA").CheckAsync();
        await ivy.Submit("Record DPIA review", "case-changes-reason-missing");
        await Expect(ivy.Page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Say what the requester must change in the DPIA.");
        await ivy.Page.GetByLabel("Comment", new() { Exact = true }).FillAsync("Say how long photos are kept and who can see them.");
        await ivy.Submit("Record DPIA review", "case-dpia-changes-requested");
        await ivy.Open("/cases/queue?stage=DpiaReview", "dpia-queue-waiting");
        await Expect(ivy.Page.Locator("[data-waiting-for-dpia]")).ToContainTextAsync(handle);
        await Expect(ivy.Page.Locator("[data-ready-for-review]")).Not.ToContainTextAsync(handle);

        var rita = await fixture.SignInAs("Rita Shah", "deadends-2-rita");
        await rita.Open($"/requests/{id}", "request-dpia-changes");
        await Expect(rita.Page.Locator("[data-dpia-changes]")).ToContainTextAsync("Say how long photos are kept");
        await rita.Follow("Attach the amended DPIA", "dpia-form");
        await BusinessCaseForm.FillDpia(rita.Page);
        await rita.Page.GetByLabel("Residual risk after mitigation", new() { Exact = true }).SelectOptionAsync("High");
        await rita.Submit("Attach the DPIA", "request-dpia-amended");

        await ivy.Open($"/cases/{id}", "case-amended");
        await ivy.ReloadUntil("Is the DPIA acceptable?", "case-amended-ready");
        await ivy.Page.GetByLabel("Accept the DPIA").CheckAsync();
        await ivy.Submit("Record DPIA review", "case-accept-comment-missing");
        await Expect(ivy.Page.Locator(".nhsuk-error-summary")).ToContainTextAsync("A comment is required to accept a DPIA whose residual risk is High");
        await ivy.Page.GetByLabel("Comment", new() { Exact = true }).FillAsync("Photos deleted after 90 days; only custodians see messages.");
        await ivy.Submit("Record DPIA review", "case-dpia-accepted");
        await Expect(ivy.Page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("Your decision is recorded");
        await Expect(ivy.Page.Locator("body")).ToContainTextAsync("Business Development to decide");
    }

    [Fact]
    public async Task GivenASponsorWhoCannotEndorse_WhenRitaReplacesThemAndBethSendsAnotherBack_ThenNeitherRequestIsStuck()
    {
        const string replaced = "@deadendssponsor", sentBack = "@deadendsback";
        var first = await Submitted(replaced, Personas.Hana);
        var second = await Submitted(sentBack, Personas.Hana);

        var rita = await fixture.SignInAs("Rita Shah", "deadends-3-rita");
        await rita.Open($"/requests/{first}", "request-wrong-sponsor");
        await rita.ReloadUntil("Name a different sponsor", "request-with-case");
        await rita.Page.GetByText("Name a different sponsor").ClickAsync();
        await rita.Page.GetByLabel("Their staff id").FillAsync(Personas.Carl);
        await rita.Page.GetByLabel("Their full name").FillAsync("Carl Obi");
        await rita.Page.GetByLabel("Their work email").FillAsync("carl@example.nhs.uk");
        await rita.Submit("Replace the sponsor", "request-sponsor-is-custodian");
        await Expect(rita.Page.Locator(".nhsuk-error-summary")).ToContainTextAsync("A custodian named on the request cannot also be its sponsor.");
        await rita.Page.GetByLabel("Their staff id").FillAsync(Personas.Sam);
        await rita.Page.GetByLabel("Their full name").FillAsync("Sam Patel");
        await rita.Page.GetByLabel("Their work email").FillAsync("sam@example.nhs.uk");
        await rita.Submit("Replace the sponsor", "request-sponsor-replaced");
        await Expect(rita.Page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("Sam Patel is asked to endorse it");
        await Expect(rita.Page.Locator("[data-waiting-on]")).ToContainTextAsync("Sam Patel, the sponsor, to endorse it");

        var beth = await fixture.SignInAs("Beth Davies", "deadends-4-beth");
        await beth.Open($"/cases/{second}", "case-at-endorsement");
        await beth.Submit("Send back to the requester", "case-send-back-reason-missing");
        await Expect(beth.Page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Say what the requester needs to change.");
        await beth.Page.GetByLabel("What needs to change?").FillAsync("Hana is not a senior manager: name your service lead as sponsor.");
        await beth.Submit("Send back to the requester", "case-sent-back");
        await Expect(beth.Page.Locator("[data-case-status]")).ToHaveAttributeAsync("data-case-status", "ChangesRequested");

        await rita.Open($"/requests/{second}", "request-sent-back");
        await rita.ReloadUntil("Revise your request", "request-sent-back-revise");
        await Expect(rita.Page.Locator(".nhsuk-inset-text")).ToContainTextAsync("name your service lead as sponsor");
    }

    private async Task<Guid> Submitted(string handle, string sponsor, bool personalData = false)
    {
        var rita = RestService.For<IAccountRequestsApi>(await fixture.Requests.ClientFor(Personas.Rita, "Staff"));
        var beth = RestService.For<IApprovalsApi>(await fixture.Approvals.ClientFor(Personas.Beth, "BusinessDevelopment"));
        var body = Cases.Instagram(handle) with
        {
            Sponsor = new PersonBody(sponsor, Personas.NameOf(sponsor), $"{sponsor}@example.nhs.uk"),
            DpiaScreening = new DpiaScreeningBody(personalData, false, false, false, false, false, false, false, false, false),
        };
        var id = (await rita.Submit(body)).Content!.Id;
        await Eventually.True(async () => (await beth.GetQueue()).Any(c => c.RequestId == id), what: "the case in Approvals");
        return id;
    }

    private static DpiaBody Dpia(string residualRisk) => new("Photos of children doing exercises.", "Replaces printed sheets.",
        [new DpiaRiskBody("A child is identifiable.", "Possible", "Significant", "Faces never shown.")], residualRisk);
}
