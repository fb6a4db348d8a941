using System.Net;
using System.Net.Http.Json;
using AccountGov.AccountRequests.Contracts;
using AccountGov.Approvals.Api;
using AccountGov.Approvals.Contracts;
using AccountGov.Testing;
using MassTransit;

namespace AccountGov.Approvals.IntegrationTests;

/// <summary>Publishes AccountRequests' contract messages into Approvals' bus, as AccountRequests' forwarder would.</summary>
public sealed class Requests(ServiceHost<ApprovalsApi> approvals)
{
    private IBus Bus => approvals.Get<IBus>();

    public static RequestSubmitted Submission(Guid id, bool dpiaRequired = false, string requester = Personas.Rita, string sponsor = Personas.Sam) => new(
        id, 1, "Paediatric Physiotherapy", "Instagram", $"@h{id:N}"[..12],
        new StaffRef(requester, Personas.NameOf(requester)), new StaffRef(sponsor, Personas.NameOf(sponsor)),
        [new CustodianRef(Personas.Carl, Personas.NameOf(Personas.Carl), CustodianRole.Primary),
         new CustodianRef(Personas.Dina, Personas.NameOf(Personas.Dina), CustodianRole.Deputy)],
        dpiaRequired, DateTimeOffset.UtcNow);

    /// <summary>Submits a request and waits for its case to open.</summary>
    public async Task<Guid> Submit(bool dpiaRequired = false, string requester = Personas.Rita, string sponsor = Personas.Sam)
    {
        var id = Guid.CreateVersion7();
        await Publish(Submission(id, dpiaRequired, requester, sponsor));
        await CaseIn(id, c => c is not null);
        return id;
    }

    public Task Publish<T>(T message) where T : class => Bus.Publish(message, ctx => ctx.MessageId = Guid.NewGuid());

    /// <summary>Waits until the case satisfies <paramref name="until"/>, reading as a BD officer.</summary>
    public async Task<CaseDetails> CaseIn(Guid id, Func<CaseDetails?, bool> until)
    {
        var beth = await approvals.ClientFor(Personas.Beth, "BusinessDevelopment");
        return await Eventually.Get(async () =>
        {
            var response = await beth.GetAsync($"/cases/{id}");
            return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadFromJsonAsync<CaseDetails>() : null;
        }, until, what: $"case {id}");
    }
}
