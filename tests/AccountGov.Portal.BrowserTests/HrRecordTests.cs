using static Microsoft.Playwright.Assertions;

namespace AccountGov.Portal.BrowserTests;

/// <summary>Issue 13/14: HR sees in the browser when an event was held, and why, on the person's HR record.</summary>
public sealed class HrRecordTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task GivenAReturnBeforeItsLeave_WhenHanaRecordsIt_ThenTheAnswerSaysHeld_AndThePersonsPageSaysWhyAndUntilWhat()
    {
        var hana = await fixture.SignInAs("Hana Kim", "hr-record-1-hana");
        await hana.Open("/hr/events/new", "hr-event-form");
        await hana.Page.GetByLabel("Returned to work").CheckAsync();
        await hana.Page.GetByLabel("Staff user ID").FillAsync("erin");
        await hana.Page.GetByLabel("First day of leave, or first day back").FillAsync(DateTime.UtcNow.ToString("yyyy-MM-dd"));

        await hana.Submit("Record the event", "hr-event-held");

        await Expect(hana.Page.Locator("[data-recorded]")).ToContainTextAsync("held: no leave to return from yet");
        await hana.Follow("See erin's HR record", "hr-staff-record");
        var row = hana.Page.Locator("[data-hr-events] [data-outcome='Held']");
        await Expect(row).ToContainTextAsync("Returned");
        await Expect(row).ToContainTextAsync("Held: no leave to return from yet. It applies until HR sends the leave this return ends.");
        await Expect(hana.Page.Locator("[data-staff-status]")).ToContainTextAsync("Active");
    }
}
