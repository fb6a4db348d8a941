using System.Security.Cryptography;
using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.Approvals.Contracts;
using AccountGov.Custody.Contracts;
using Refit;

namespace AccountGov.Seed;

/// <summary>
/// A small organisation mid-flight: one approved Instagram account with a stored credential, a WhatsApp group
/// awaiting its sponsor (DPIA required), and an X account sent back for changes. Seeds once: it stops when
/// Rita's first request already exists.
/// </summary>
public sealed class DemoData(Personas personas, TextWriter log)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        var rita = await personas.As<IAccountRequestsApi>("rita");
        if ((await rita.Mine(ct: ct)).Any(r => r.Handle == "@stpaedsphysio"))
        {
            log.WriteLine("[seed] demo data already present");
            return;
        }
        var sam = await personas.As<IApprovalsApi>("sam");
        var beth = await personas.As<IApprovalsApi>("beth");

        var physio = await Submit(rita, Cases.Instagram(), ct);
        await WaitForCase(beth, physio, ct);
        await sam.Endorse(physio, new EndorsementBody(true, "Supports the service's engagement plan."), ct: ct);
        await beth.Decide(physio, new DecisionBody("Approved", null, ["Review in 12 months", "Display the disclaimer in the bio"]), ct: ct);
        var account = await WaitForAccount(await personas.As<ICustodyApi>("carl"), physio, ct);
        // A random demo password, never printed: reveal it as Carl or Dina to see it.
        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
        await (await personas.As<ICustodyApi>("carl")).DepositCredential(account,
            new CredentialBody("stpaedsphysio", password, "paeds.physio@example.nhs.uk", Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)),
                ["demo-recovery-1", "demo-recovery-2"], "Demo account"), ct);
        log.WriteLine("[seed] @stpaedsphysio approved; Carl (primary) and Dina (deputy) hold its credential");

        var rota = await Submit(rita, Cases.WhatsApp(), ct);
        await WaitForCase(beth, rota, ct);
        log.WriteLine("[seed] Community Nursing WhatsApp group awaits Sam's endorsement (DPIA required)");

        var comms = await Submit(rita, Cases.X(), ct);
        await WaitForCase(beth, comms, ct);
        await sam.Endorse(comms, new EndorsementBody(true, null), ct: ct);
        await beth.Decide(comms, new DecisionBody("ChangesRequested", "Say who covers monitoring on bank holidays."), ct: ct);
        log.WriteLine("[seed] @stcommsteam sent back to Rita for changes");

        // HR books Carl's annual leave a fortnight out: custody of @stpaedsphysio moves to Dina before it starts.
        var from = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(14));
        await personas.PostAsHr("/hr/events", new
        {
            eventId = "demo-hr-0001", type = "LeaveBooked", staffId = "carl", leaveType = "Annual",
            from = from.ToString("yyyy-MM-dd"), to = from.AddDays(9).ToString("yyyy-MM-dd"),
        }, ct);
        log.WriteLine($"[seed] Hana (HR) booked Carl's annual leave from {from:yyyy-MM-dd}; Dina will hold @stpaedsphysio");
    }

    private static async Task<Guid> Submit(IAccountRequestsApi rita, BusinessCaseBody body, CancellationToken ct)
    {
        var response = await rita.Submit(body, ct);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"submission refused: {response.StatusCode}");
        return response.Content!.Id;
    }

    private static Task WaitForCase(IApprovalsApi bd, Guid id, CancellationToken ct) =>
        Poll(async () => { try { return await bd.GetCase(id, ct); } catch (ApiException e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound) { return null; } }, ct);

    private static async Task<Guid> WaitForAccount(ICustodyApi custody, Guid requestId, CancellationToken ct) =>
        (await Poll(async () => (await custody.ListAccounts(requestId: requestId, ct: ct)).SingleOrDefault(), ct)).Id;

    private static async Task<T> Poll<T>(Func<Task<T?>> probe, CancellationToken ct) where T : class
    {
        while (true)
        {
            if (await probe() is { } found) return found;
            await Task.Delay(200, ct);
        }
    }
}
