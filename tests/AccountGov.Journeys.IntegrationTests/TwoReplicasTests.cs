using System.Net.Http.Json;
using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.Approvals.Contracts;
using AccountGov.Custody.Contracts;
using AccountGov.Testing;
using Refit;

namespace AccountGov.Journeys.IntegrationTests;

/// <summary>
/// Issue 17: two of everything. The email journey runs with each step sent to the other replica than the step before,
/// so every hop crosses processes: forwarders elect one leader per service, consumers compete for each message, the
/// mail sender and the schedulers run once. Every effect must happen exactly once: one case, one account, one
/// handover, and each person's email once.
/// </summary>
public class TwoReplicasTests(ReplicatedSystemFixture system) : IClassFixture<ReplicatedSystemFixture>
{
    [Fact]
    public async Task GivenTwoProcessesOfEveryService_WhenTheJourneyAlternatesBetweenThem_ThenEveryEffectHappensOnce()
    {
        var handle = $"@two{Guid.NewGuid():N}"[..14];
        var rita = RestService.For<IAccountRequestsApi>(await system.Requests[0].ClientFor(Personas.Rita, "Staff"));
        var ritaAgain = RestService.For<IAccountRequestsApi>(await system.Requests[1].ClientFor(Personas.Rita, "Staff"));
        var sam = RestService.For<IApprovalsApi>(await system.Approvals[1].ClientFor(Personas.Sam, "SeniorManager"));
        var ivy = RestService.For<IApprovalsApi>(await system.Approvals[0].ClientFor(Personas.Ivy, "InformationGovernance"));
        var beth = RestService.For<IApprovalsApi>(await system.Approvals[1].ClientFor(Personas.Beth, "BusinessDevelopment"));
        var ada = await Task.WhenAll(system.Custody.Select(async c => RestService.For<ICustodyApi>(await c.ClientFor(Personas.Ada, "Auditor"))));
        var hana = await Task.WhenAll(system.Custody.Select(c => c.ClientFor(Personas.Hana, "HR")));

        var id = (await rita.Submit(BusinessCases.Instagram(handle, personalData: true))).Content!.Id;
        await Eventually.Get(async () => { try { return await sam.GetCase(id); } catch (ApiException) { return null; } }, what: "the case");
        await sam.Endorse(id, new EndorsementBody(true, null));
        Assert.True((await ritaAgain.AttachDpia(id, BusinessCases.FullDpia())).IsSuccessStatusCode);
        await Eventually.Get<CaseDetails>(async () => await ivy.GetCase(id), until: c => c!.DpiaAttached, what: "the DPIA in Approvals");
        await ivy.ReviewDpia(id, new DpiaReviewBody("Accepted", "Proportionate."));
        await beth.Decide(id, new DecisionBody("Approved", null, ["Display the disclaimer"]));
        var account = await Eventually.Get(async () => (await ada[0].ListAccounts(requestId: id)).SingleOrDefault(), what: "the account in Custody");
        var leaving = await hana[1].PostAsJsonAsync("/hr/events", new
        {
            eventId = $"hr-{Guid.NewGuid():N}", type = "Leaving", staffId = Personas.Carl,
            lastWorkingDay = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd"),
        });
        Assert.True(leaving.IsSuccessStatusCode);

        string[] expected =
        [
            "sam: Please endorse",
            "ig-team: DPIA ready for review",
            "bd-team: Ready for decision",
            "rita: Approved",
            "carl: Store the credential", "dina: Store the credential",
            "dina: Handover to you", "carl: Handing over",
        ];
        var received = await Eventually.Get(() => Task.FromResult<List<string>?>(Summaries(handle)),
            until: r => expected.All(r!.Contains), within: TimeSpan.FromSeconds(120), what: "every expected email");
        Assert.Equal(expected.Order(), received.Order());

        // Both replicas read the same single account and the same single handover.
        foreach (var auditor in ada)
            Assert.Equal(account.Id, Assert.Single(await auditor.ListAccounts(requestId: id)).Id);
        var handovers = await Task.WhenAll(hana.Select(h => h.GetFromJsonAsync<System.Text.Json.JsonElement[]>($"/handovers?staffId={Personas.Carl}")));
        Assert.All(handovers, list => Assert.Single(list!));
        Assert.Equal(handovers[0]![0].GetProperty("id").GetString(), handovers[1]![0].GetProperty("id").GetString());
    }

    private List<string> Summaries(string handle) => system.Smtp.About(handle)
        .Select(m => $"{m.To.Mailboxes.Single().Address.Split('@')[0]}: {m.Subject![..m.Subject!.IndexOf(':')]}").ToList();
}
