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

        var (id, account) = await new EmailJourney(rita, ritaAgain, sam, ivy, beth, ada[0], hana[1]).Run(handle);
        var received = await EmailJourney.Received(system.Smtp, handle, within: TimeSpan.FromSeconds(120));
        Assert.Equal(EmailJourney.ExpectedEmails.Order(), received.Order());

        // Both replicas read the same single account and the same single handover.
        foreach (var auditor in ada)
            Assert.Equal(account.Id, Assert.Single(await auditor.ListAccounts(requestId: id)).Id);
        var handovers = await Task.WhenAll(hana.Select(h => h.GetFromJsonAsync<System.Text.Json.JsonElement[]>($"/handovers?staffId={Personas.Carl}")));
        Assert.All(handovers, list => Assert.Single(list!));
        Assert.Equal(handovers[0]![0].GetProperty("id").GetString(), handovers[1]![0].GetProperty("id").GetString());
    }
}
