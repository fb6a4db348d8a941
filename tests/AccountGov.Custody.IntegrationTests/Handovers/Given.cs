using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using AccountGov.Approvals.Contracts;
using AccountGov.Custody.Contracts;
using AccountGov.Testing;
using MassTransit;

namespace AccountGov.Custody.IntegrationTests.Handovers;

/// <summary>Test set-up in production's own terms: approvals on the bus, HR events over HTTP.</summary>
public static class Given
{

    /// <summary>Unique staff ids per test, so tests sharing a class fixture never see each other's people.</summary>
    public static string Person(string persona) => $"{persona}-{Guid.NewGuid():N}"[..(persona.Length + 9)];

    /// <summary>An approved account; <paramref name="dated"/> are BD's conditions with a due date (Reviews).</summary>
    public static async Task<AccountDetails> Account(
        HandoverHost custody, string primary, string deputy, string sponsor = Personas.Sam, params ApprovedCondition[] dated)
    {
        var approval = new AccountRequestApproved(Guid.NewGuid(), "Paediatric Physiotherapy", "Instagram", $"@{primary}",
            new ApprovedStaff(sponsor, "Sponsor"),
            [new(primary, "Carl Obi", ApprovedCustodianRole.Primary), new(deputy, "Dina Roy", ApprovedCustodianRole.Deputy)],
            [.. dated.Select(d => d.Text)], Personas.Beth, DateTimeOffset.UtcNow, DatedConditions: dated);
        await custody.Get<IBus>().Publish(approval);
        var reader = await custody.ClientFor(Personas.Ada, "Auditor");
        return await Eventually.Get(async () =>
        {
            var list = await reader.GetFromJsonAsync<AccountDetails[]>($"/accounts?requestId={approval.RequestId}", Json.Options);
            return list is { Length: 1 } ? list[0] : null;
        }, what: "the account in the register");
    }

    public static async Task<HttpResponseMessage> PostHr(HandoverHost custody, object hrEvent)
    {
        var hr = await custody.ClientFor(Personas.Hana, "HR");
        return await hr.PostAsJsonAsync("/hr/events", hrEvent);
    }

    public static async Task HrAccepted(HandoverHost custody, object hrEvent)
    {
        var response = await PostHr(custody, hrEvent);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted,
            $"HR event answered {response.StatusCode}: " + string.Join("\n", custody.Logs.Lines.Where(l => l.StartsWith("Error") || l.StartsWith("Critical")).TakeLast(3)));
    }

    public static async Task<HandoverSummary[]> HandoversOf(HandoverHost custody, string query)
    {
        var hr = await custody.ClientFor(Personas.Hana, "HR");
        return (await hr.GetFromJsonAsync<HandoverSummary[]>($"/handovers?{query}", Json.Options))!;
    }

    public static async Task<CustodianStatus?> StatusOf(HandoverHost custody, Guid accountId, string userId)
    {
        var reader = await custody.ClientFor(Personas.Ada, "Auditor");
        var account = await reader.GetFromJsonAsync<AccountDetails>($"/accounts/{accountId}", Json.Options);
        return account!.Custodians.FirstOrDefault(c => c.UserId == userId)?.Status;
    }

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd");

    public static DateOnly Today(HandoverFixture fixture) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(fixture.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).DateTime);
}
