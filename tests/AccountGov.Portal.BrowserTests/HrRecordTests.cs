using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AccountGov.Portal.BrowserTests;

/// <summary>
/// Issue 13/14: HR sees in the browser when an event was held, or refused, and why, on the person's HR record; and what
/// each row of a file did.
/// </summary>
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

    [Fact]
    public async Task GivenALeaveThatEndsBeforeItStarts_WhenHanaRecordsIt_ThenTheFormRefusesIt_AndThePersonsPageShowsItRejectedWithWhy()
    {
        var hana = await fixture.SignInAs("Hana Kim", "hr-record-2-hana");
        var day = DateOnly.FromDateTime(DateTime.UtcNow);
        await hana.Open("/hr/events/new", "hr-event-form");
        await hana.Page.GetByRole(AriaRole.Radio, new() { Name = "Leave booked" }).CheckAsync();
        await hana.Page.GetByLabel("Staff user ID").FillAsync("rita");
        await hana.Page.GetByLabel("Leave type (leave booked only)").SelectOptionAsync("Annual");
        await hana.Page.GetByLabel("First day of leave, or first day back").FillAsync($"{day.AddDays(10):yyyy-MM-dd}");
        await hana.Page.GetByLabel("Last day of leave").FillAsync($"{day.AddDays(5):yyyy-MM-dd}");
        await hana.Page.GetByLabel("Reference").FillAsync("hr-refused-1");

        await hana.Submit("Record the event", "hr-event-refused");

        await Expect(hana.Page.Locator(".nhsuk-error-summary")).ToContainTextAsync("The last day of leave (to) must not be before the first (from)");
        await hana.Follow("See rita's HR record", "hr-staff-rejected");
        var row = hana.Page.Locator("[data-hr-events] [data-outcome='Rejected']");
        await Expect(row).ToContainTextAsync("Leave booked");
        await Expect(row).ToContainTextAsync("hr-refused-1");
        await Expect(row).ToContainTextAsync("Rejected: The last day of leave (to) must not be before the first (from).");
        await Expect(hana.Page.Locator("[data-staff-status]")).ToContainTextAsync("None yet");
    }

    [Fact]
    public async Task GivenAFileWithRowsThatApplyHoldRepeatAndFail_ThenTheReportCountsEachOutcome_AndTheRejectedRowIsOnThePersonsPage()
    {
        var hana = await fixture.SignInAs("Hana Kim", "hr-record-3-hana");
        var day = DateOnly.FromDateTime(DateTime.UtcNow);
        var csv = "eventId,type,staffId,leaveType,from,to,lastWorkingDay\n" +
                  $"hr-file-1,Leaving,ivy,,,,{day.AddDays(30):yyyy-MM-dd}\n" +
                  $"hr-file-1,Leaving,ivy,,,,{day.AddDays(30):yyyy-MM-dd}\n" +
                  $"hr-file-2,Leaving,ivy,,,,{day.AddDays(30):yyyy-MM-dd}\n" +
                  $"hr-file-3,Returned,sam,,{day:yyyy-MM-dd},,\n" +
                  $"hr-file-4,LeaveBooked,sam,Annual,{day.AddDays(9):yyyy-MM-dd},{day.AddDays(2):yyyy-MM-dd},\n";
        await hana.Open("/hr/upload", "hr-upload");
        await hana.Page.GetByLabel("CSV file").SetInputFilesAsync(new FilePayload { Name = "mixed.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(csv) });

        await hana.Page.GetByRole(AriaRole.Button, new() { Name = "Upload the file" }).ClickAsync();

        await Expect(hana.Page.Locator("[data-batch-status='Completed']")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await hana.Check("hr-batch-counts");
        foreach (var (outcome, count) in new[] { ("applied", "1"), ("held", "1"), ("ignored", "1"), ("repeated", "1"), ("rejected", "1") })
            await Expect(hana.Page.Locator($"[data-counts] [data-count='{outcome}'] dd")).ToHaveTextAsync(count);
        await Expect(hana.Page.Locator("[data-accepted]")).ToContainTextAsync("4 of 5 rows accepted; 1 rejected.");

        await hana.Open("/hr/staff/sam", "hr-staff-rejected-row");
        await Expect(hana.Page.Locator("[data-hr-events] [data-outcome='Rejected']")).ToContainTextAsync("The last day of leave (to) must not be before the first (from)");
        await Expect(hana.Page.Locator("[data-hr-events] [data-outcome='Held']")).ToContainTextAsync("Returned");
    }
}
