using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.Approvals.Contracts;
using AccountGov.Custody.Contracts;
using AccountGov.Testing;
using Refit;

namespace AccountGov.Portal.BrowserTests;

/// <summary>An account approved through the services' APIs, for journeys that start after approval.</summary>
public static class Approved
{
    /// <summary>An approved account; <paramref name="decision"/> is BD's approval (by default, one plain condition).</summary>
    public static async Task<Guid> Account(PortalFixture fixture, string handle, DecisionBody? decision = null)
    {
        var rita = RestService.For<IAccountRequestsApi>(await fixture.Requests.ClientFor(Personas.Rita, "Staff"));
        var sam = RestService.For<IApprovalsApi>(await fixture.Approvals.ClientFor(Personas.Sam, "SeniorManager"));
        var beth = RestService.For<IApprovalsApi>(await fixture.Approvals.ClientFor(Personas.Beth, "BusinessDevelopment"));
        var custody = RestService.For<ICustodyApi>(await fixture.Custody.ClientFor(Personas.Carl, "Staff"));

        var id = (await rita.Submit(Cases.Instagram(handle))).Content!.Id;
        await Eventually.True(async () => (await beth.GetQueue()).Any(c => c.RequestId == id), what: "the case in Approvals");
        await sam.Endorse(id, new EndorsementBody(true, null));
        await beth.Decide(id, decision ?? new DecisionBody("Approved", null, ["Review in 12 months"]));
        Guid? account = null;
        await Eventually.True(async () => (account = (await custody.ListAccounts(requestId: id)).SingleOrDefault()?.Id) is not null,
            what: "the account in Custody");
        return account!.Value;
    }

    /// <summary>Carl stores a credential. Without If-Match a race with registration's own commits is decided again on fresh state (LatestWins), never a 412.</summary>
    public static async Task Deposit(PortalFixture fixture, Guid accountId, string username, string password)
    {
        var carl = RestService.For<ICustodyApi>(await fixture.Custody.ClientFor(Personas.Carl, "Staff"));
        await carl.DepositCredential(accountId, new CredentialBody(username, password, null, null, null, null));
    }
}
