using System.Net;
using System.Net.Http.Json;
using AccountGov.Custody.Contracts;
using AccountGov.Testing;
using static AccountGov.Custody.IntegrationTests.Handovers.Given;

namespace AccountGov.Custody.IntegrationTests.Hr;

/// <summary>
/// Issue 16: a file decides many custodians in one commit (<c>CustodianWaves</c>). Whatever the commits, the outcome
/// must be the one each row gives when HR sends it alone: the same handovers and custodian statuses, each handover
/// once, with both custodians of an account in the same chunk.
/// </summary>
public class HrFileCustodianTests(HrFileFaultFixture fixture) : IClassFixture<HrFileFaultFixture>
{
    private const int Accounts = 12;

    [Fact]
    public async Task GivenBothCustodiansOfManyAccountsInOneFile_WhenApplied_ThenEachAccountEndsAsIfEveryRowWereSentAlone()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var viaFile = await Task.WhenAll(Enumerable.Range(0, Accounts).Select(_ => Pair()));
        var alone = await Task.WhenAll(Enumerable.Range(0, Accounts).Select(_ => Pair()));
        var rows = viaFile.SelectMany((p, i) => Rows(p, i, today)).ToList();
        // People who hold nothing, so the file goes to the background worker as a year-end file does.
        rows.AddRange(Enumerable.Range(0, 30).Select(_ => (object)new { eventId = Person("hr"), type = "Leaving", staffId = Person("x"), lastWorkingDay = Iso(today.AddDays(20)) }));
        var hr = await fixture.Custody.ClientFor(Personas.Hana, "HR");

        var response = await hr.PostAsJsonAsync("/hr/events/batch", rows);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        foreach (var row in alone.SelectMany((p, i) => Rows(p, i, today))) await HrAccepted(fixture.Custody, row);
        await Eventually.True(async () => (await hr.GetFromJsonAsync<Report>(response.Headers.Location, Json.Options))!.Status == "Completed",
            what: "the file applied");

        for (var i = 0; i < Accounts; i++)
        {
            var fromFile = await Outcome(viaFile[i]);
            Assert.Equal(4, fromFile.Length); // a handover for each custodian, and their two statuses
            Assert.Equal(await Outcome(alone[i]), fromFile);
        }
    }

    private sealed record Report(string Status);

    private sealed record Custodians(Guid AccountId, string Primary, string Deputy);

    private async Task<Custodians> Pair()
    {
        var (primary, deputy) = (Person("carl"), Person("dina"));
        return new((await Account(fixture.Custody, primary, deputy)).Id, primary, deputy);
    }

    // The primary books leave and the deputy gives notice, next to each other in the file as HR exports them.
    private static IEnumerable<object> Rows(Custodians c, int i, DateOnly today) =>
    [
        new { eventId = Person("hr"), type = "LeaveBooked", staffId = c.Primary, leaveType = "Annual", from = Iso(today.AddDays(30 + i)), to = Iso(today.AddDays(40 + i)) },
        new { eventId = Person("hr"), type = "Leaving", staffId = c.Deputy, lastWorkingDay = Iso(today.AddDays(60 + i)) },
    ];

    /// <summary>What an account ended as, in terms of its own custodians, so two accounts can be compared.</summary>
    private async Task<string[]> Outcome(Custodians c)
    {
        string Role(string? userId) => userId == c.Primary ? "primary" : userId == c.Deputy ? "deputy" : userId ?? "nobody";
        var handovers = await HandoversOf(fixture.Custody, $"accountId={c.AccountId}");
        return
        [
            .. handovers.Select(h => $"{Role(h.FromUserId)} to {Role(h.ToUserId)}: {h.Kind} {h.Reason} {h.Status} {h.StartsOn} due {h.DueBy}").Order(),
            $"primary {await StatusOf(fixture.Custody, c.AccountId, c.Primary)}",
            $"deputy {await StatusOf(fixture.Custody, c.AccountId, c.Deputy)}",
        ];
    }
}
