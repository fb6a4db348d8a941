using System.Net;
using System.Net.Http.Json;
using AccountGov.Custody.Api;
using AccountGov.Custody.Contracts;
using AccountGov.Testing;

namespace AccountGov.Custody.IntegrationTests;

/// <summary>
/// A custodian's status set the way production sets it: HR events over HTTP (and, for Leaving, the receiver
/// completing the permanent handover). Use staff ids unique to the test (<see cref="Handovers.Given.Person"/>):
/// an HR event moves the person on every account they hold in the class's database.
/// </summary>
public static class HrSays
{
    public static async Task Status(ServiceHost<CustodyApi> custody, Guid accountId, string staffId, string receiver, CustodianStatus status)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).DateTime);
        switch (status)
        {
            case CustodianStatus.OnLeave:
                await Post(custody, new { type = "LeaveBooked", staffId, leaveType = "Sickness", from = Iso(today) });
                break;
            case CustodianStatus.Left:
                await Post(custody, new { type = "Leaving", staffId, lastWorkingDay = Iso(today.AddDays(-1)) });
                break;
            case CustodianStatus.Leaving:
                // Working their notice, the leaver stays Active; once the receiver has rotated the password and taken
                // the account, the leaver is Leaving until their last day.
                await Post(custody, new { type = "Leaving", staffId, lastWorkingDay = Iso(today.AddDays(30)) });
                await TakeOver(custody, accountId, staffId, receiver);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(status), status, "HR sets OnLeave, Leaving or Left");
        }
        var reader = await custody.ClientFor(Personas.Ada, "Auditor");
        await Eventually.True(async () =>
        {
            var account = await reader.GetFromJsonAsync<AccountDetails>($"/accounts/{accountId}", Json.Options);
            return account!.Custodians.Single(c => c.UserId == staffId).Status == status;
        }, what: $"{staffId} {status}");
    }

    private static async Task TakeOver(ServiceHost<CustodyApi> custody, Guid accountId, string leaver, string receiver)
    {
        var hr = await custody.ClientFor(Personas.Hana, "HR");
        var handover = await Eventually.Get(async () =>
            (await hr.GetFromJsonAsync<HandoverSummary[]>($"/handovers?staffId={leaver}", Json.Options))!.SingleOrDefault(h => h.AccountId == accountId),
            what: "the leaver's handover");
        var asReceiver = await custody.ClientFor(receiver, "Staff");
        var rotated = await asReceiver.PutAsJsonAsync($"/accounts/{accountId}/credential", Vault.Credential($"Rotated-{Guid.NewGuid():N}"));
        Assert.Equal(HttpStatusCode.NoContent, rotated.StatusCode);
        var completed = await asReceiver.PostAsJsonAsync($"/handovers/{handover.Id}/complete",
            new { credentialRotated = true, linkedEmailTransferred = true });
        Assert.True(completed.IsSuccessStatusCode, await completed.Content.ReadAsStringAsync());
    }

    private static async Task Post(ServiceHost<CustodyApi> custody, object hrEvent)
    {
        var hr = await custody.ClientFor(Personas.Hana, "HR");
        var body = System.Text.Json.JsonSerializer.SerializeToNode(hrEvent)!.AsObject();
        body["eventId"] = $"hr-{Guid.NewGuid():N}";
        var response = await hr.PostAsJsonAsync("/hr/events", body);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd");
}
