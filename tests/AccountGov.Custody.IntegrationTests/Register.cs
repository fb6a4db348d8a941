using System.Net;
using System.Net.Http.Json;
using AccountGov.Approvals.Contracts;
using AccountGov.Custody.Api;
using AccountGov.Custody.Contracts;
using AccountGov.Testing;
using MassTransit;

namespace AccountGov.Custody.IntegrationTests;

/// <summary>Registers accounts the way production does: an AccountRequestApproved on the bus.</summary>
public static class Register
{
    public static AccountRequestApproved Approval(Guid requestId, string handle, params ApprovedCustodian[] custodians) => new(
        requestId, "Paediatric Physiotherapy", "Instagram", handle, new ApprovedStaff(Personas.Sam, Personas.NameOf(Personas.Sam)),
        custodians.Length > 0
            ? custodians
            : [new(Personas.Carl, Personas.NameOf(Personas.Carl), ApprovedCustodianRole.Primary),
               new(Personas.Dina, Personas.NameOf(Personas.Dina), ApprovedCustodianRole.Deputy)],
        ["Monthly content review"], Personas.Beth, DateTimeOffset.UtcNow);

    /// <summary>Publishes an approval and waits until the account is in the register.</summary>
    public static async Task<AccountDetails> AccountAsync(ServiceHost<CustodyApi> custody, string handle, params ApprovedCustodian[] custodians)
    {
        var approval = Approval(Guid.NewGuid(), handle, custodians);
        await custody.Get<IBus>().Publish(approval);
        var reader = await custody.ClientFor(Personas.Ada, "Auditor");
        return await Eventually.Get(async () =>
        {
            var list = await reader.GetFromJsonAsync<AccountDetails[]>($"/accounts?requestId={approval.RequestId}", Json.Options);
            return list is { Length: 1 } ? list[0] : null;
        }, what: $"account {handle} in the register");
    }

    public static async Task<HttpStatusCode> StatusOf(Task<HttpResponseMessage> call) => (await call).StatusCode;
}
