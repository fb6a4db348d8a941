using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using Xunit.Abstractions;

namespace AccountGov.Platform.IntegrationTests.InputPolicy.Fuzzing;

/// <summary>
/// Custody's write routes under the global input policy, without any Custody code of its own: the policy in
/// ServiceDefaults is what must keep NUL, bad Unicode, huge text and impossible dates out of its store.
/// </summary>
public class CustodyFuzzTests(CustodyFuzzFixture fixture, ITestOutputHelper output) : IClassFixture<CustodyFuzzFixture>
{
    private async Task Run(string route, string persona, string role, Gen<FuzzInput> inputs, HttpMethod? method = null)
    {
        var client = await fixture.Custody.ClientFor(persona, role);
        await new FuzzRunner(output).Run(route, client, method ?? HttpMethod.Post, inputs,
            () => Stored.Everything(fixture.Custody), () => Stored.Settle(fixture.Custody));
    }

    private static Gen<FuzzInput> Bodies(string path, JsonObject template) => Mutations.Of(template).Select(b => FuzzInput.Json(path, b));

    private static JsonObject Reason() => new() { ["reason"] = "Covering the weekend rota." };

    private string Account => $"/accounts/{fixture.Account}";

    [Fact]
    public Task DepositCredential() => Run("PUT /accounts/{id}/credential", "carl", "Staff", Bodies($"{Account}/credential", new JsonObject
    {
        ["username"] = "physio", ["password"] = "correct horse battery", ["linkedEmail"] = "physio@example.nhs.uk",
        ["linkedEmailPassword"] = "another long secret", ["recoveryCodes"] = new JsonArray("abcd-efgh", "ijkl-mnop"), ["notes"] = "Shared inbox.",
    }), HttpMethod.Put);

    [Fact]
    public Task RevealCredential() => Run("POST /accounts/{id}/credential/reveal", "carl", "Staff", Bodies($"{Account}/credential/reveal", Reason()));

    [Fact]
    public Task AddCustodian() => Run("POST /accounts/{id}/custodians", "beth", "BusinessDevelopment", Bodies($"{Account}/custodians",
        new JsonObject { ["userId"] = "dina", ["name"] = "Dina Roy", ["role"] = "Deputy", ["reason"] = "Cover." }));

    [Fact]
    public Task RemoveCustodian() => Run("POST /accounts/{id}/custodians/{userId}/removal", "beth", "BusinessDevelopment",
        Gen.Select(Mutations.Of(new JsonObject { ["reason"] = "Moved team.", ["replacement"] = new JsonObject { ["userId"] = "bob", ["name"] = "Bob Hale" } }),
            // No NUL in the path segment: the in-process test server refuses to build such a path (Kestrel answers 400).
            Gen.Frequency((3, Gen.Const("dina")), (1, Nasty.Text.Where(t => t.Length > 0 && !t.Contains('/') && !t.Contains('\0')))),
            (body, user) => FuzzInput.Json($"{Account}/custodians/{Nasty.UrlEncode(user)}/removal", body)));

    [Fact]
    public Task Suspend() => Run("POST /accounts/{id}/suspend", "beth", "BusinessDevelopment", Bodies($"{Account}/suspend", Reason()));

    [Fact]
    public Task Reactivate() => Run("POST /accounts/{id}/reactivate", "beth", "BusinessDevelopment", Bodies($"{Account}/reactivate", Reason()));

    [Fact]
    public Task Decommission() => Run("POST /accounts/{id}/decommissioning", "beth", "BusinessDevelopment",
        Bodies($"/accounts/{fixture.Retiring}/decommissioning", Reason()));

    [Fact]
    public Task DecommissioningChecklist() => Run("POST /accounts/{id}/decommissioning/checklist", "beth", "BusinessDevelopment",
        Bodies($"/accounts/{fixture.Retiring}/decommissioning/checklist", new JsonObject { ["item"] = "ContentArchived", ["note"] = "Archived." }));

    [Fact]
    public Task OpenBreakGlass() => Run("POST /accounts/{id}/break-glass", "beth", "BusinessDevelopment", Bodies($"{Account}/break-glass", Reason()));

    [Fact]
    public Task ApproveBreakGlass() => Run("POST /accounts/{id}/break-glass/{bg}/approve", "bob", "BusinessDevelopment",
        Bodies($"{Account}/break-glass/{Guid.NewGuid()}/approve", Reason()));

    [Fact]
    public Task RevealThroughBreakGlass() => Run("POST /accounts/{id}/break-glass/{bg}/reveal", "beth", "BusinessDevelopment",
        Bodies($"{Account}/break-glass/{Guid.NewGuid()}/reveal", Reason()));

    [Fact]
    public Task AssignHandover() => Run("POST /handovers/{id}/assign", "beth", "BusinessDevelopment",
        Bodies($"/handovers/{Guid.NewGuid()}/assign", new JsonObject { ["toUserId"] = "dina", ["name"] = "Dina Roy" }));

    [Fact]
    public Task CompleteHandover() => Run("POST /handovers/{id}/complete", "dina", "Staff", Bodies($"/handovers/{Guid.NewGuid()}/complete",
        new JsonObject { ["credentialRotated"] = true, ["linkedEmailTransferred"] = true, ["notes"] = "Rotated." }));

    [Fact]
    public Task RecordHrEvent() => Run("POST /hr/events", "hana", "HR", Gen.Select(Gen.Int[0, int.MaxValue], Mutations.Of(HrEvent("x")),
        (n, body) => FuzzInput.Json("/hr/events", body.Replace("\"x\"", $"\"hr-{n}\""))));

    [Fact]
    public Task SubmitHrBatch() => Run("POST /hr/events/batch", "hana", "HR", Gen.Frequency(
        (1, Mutations.Of(new JsonObject { ["items"] = new JsonArray(HrEvent("b1"), HrEvent("b2")) })
            .Select(b => FuzzInput.Json("/hr/events/batch", AsArray(b)))),
        (1, HrCsv.Select(csv => new FuzzInput("/hr/events/batch", csv, "text/csv")))));

    [Fact]
    public Task ListFilters() => Run("GET /accounts|/handovers?filters", "ada", "Auditor",
        Gen.Select(Nasty.Text, Gen.OneOf("/accounts?custodian=", "/accounts?requestId=", "/handovers?staffId=", "/handovers?status="),
            (value, path) => FuzzInput.Json(path + Nasty.UrlEncode(value), "")), HttpMethod.Get);

    // The template wraps the array in an object so the mutations can reach its items; the route takes the bare array.
    private static string AsArray(string body) =>
        body.StartsWith("{\"items\":", StringComparison.Ordinal) && body.EndsWith('}') ? body[9..^1] : body;

    private static JsonObject HrEvent(string eventId) => new()
    {
        ["eventId"] = eventId, ["type"] = "LeaveBooked", ["staffId"] = "dina", ["leaveType"] = "Annual",
        ["from"] = "2027-03-01", ["to"] = "2027-03-05", ["lastWorkingDay"] = null,
    };

    // CSV rows with hostile fields, as raw bytes: NUL, controls, invalid UTF-8 (a CESU-8 surrogate, 0xFF), far dates.
    private static readonly Gen<string> CsvField = Gen.Frequency(
        (4, Gen.OneOf("dina", "LeaveBooked", "Annual", "2027-03-01", "2027-03-05", "")),
        (3, Nasty.Text.Select(t => t.Replace(",", "").Replace("\"", ""))),
        (2, Nasty.Dates));

    private static readonly Gen<byte[]> HrCsv =
        from rows in CsvField.Array[7].Array[1, 20]
        from raw in Gen.OneOf(Array.Empty<byte>(), [0xED, 0xA0, 0x80], [0xFF], [0x00])
        select Encoding.UTF8.GetBytes("eventId,type,staffId,leaveType,from,to,lastWorkingDay\n"
            + string.Join("\n", rows.Select((r, i) => string.Join(",", r.Skip(1).Prepend($"csv-{Guid.NewGuid():N}-{i}")))) + "\n")
            .Concat(raw).ToArray();
}
