using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.Approvals.Contracts;
using Refit;

namespace AccountGov.Seed;

/// <summary>
/// Moves one of Rita's demo requests through the approval stages, as far as the demo wants it, from wherever it
/// stands: a second run finds the request by its handle and only does what is still missing.
/// </summary>
public sealed class Approval(IAccountRequestsApi rita, IApprovalsApi sam, IApprovalsApi ivy, IApprovalsApi beth)
{
    public async Task<Guid> Ensure(BusinessCaseBody body, CancellationToken ct)
    {
        // Every page of Rita's requests, not only the latest: `make bench` submits thousands as Rita.
        for (var skip = 0; ; skip += 200)
        {
            var mine = await rita.Mine(skip, 200, ct);
            if (mine.FirstOrDefault(r => r.Handle == body.Handle) is { } found) return found.Id;
            if (mine.Count < 200) break;
        }
        var response = await rita.Submit(body, ct);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"submission of {body.Handle} refused: {response.StatusCode}");
        return response.Content!.Id;
    }

    /// <summary>
    /// Takes every step until the case waits at <paramref name="waitAt"/> (with its DPIA attached, for the DPIA
    /// review) or, when that is null, until Business Development has given <paramref name="decision"/>.
    /// </summary>
    public async Task<CaseDetails> Advance(Guid id, StageName? waitAt, DecisionBody? decision, CancellationToken ct)
    {
        while (true)
        {
            var c = await Poll(() => Case(id, ct), ct);
            var waitingForDpia = c.CurrentStage == StageName.DpiaReview && !c.DpiaAttached;
            if (c.Status != CaseStatus.Open || (c.CurrentStage == waitAt && !waitingForDpia)) return c;
            switch (c.CurrentStage)
            {
                case StageName.SponsorEndorsement:
                    await sam.Endorse(id, new EndorsementBody(true, "Supports the service's engagement plan."), ct: ct); break;
                case StageName.DpiaReview when waitingForDpia:
                    var attached = await rita.AttachDpia(id, Cases.Dpia(), ct);
                    if (!attached.IsSuccessStatusCode) throw new InvalidOperationException($"DPIA refused: {attached.StatusCode}");
                    break;
                case StageName.DpiaReview:
                    await ivy.ReviewDpia(id, new DpiaReviewBody("Accepted", null), ct: ct); break;
                default:
                    await beth.Decide(id, decision ?? throw new InvalidOperationException("no decision to give"), ct: ct); break;
            }
            // The DPIA reaches the case by message; every step shows as a new case version.
            await Poll(async () => await Case(id, ct) is { } next && next.Version > c.Version ? next : null, ct);
        }
    }

    private async Task<CaseDetails?> Case(Guid id, CancellationToken ct)
    {
        try { return await beth.GetCase(id, ct); }
        catch (ApiException e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound) { return null; }
    }

    public static async Task<T> Poll<T>(Func<Task<T?>> probe, CancellationToken ct) where T : class
    {
        while (true)
        {
            if (await probe() is { } found) return found;
            await Task.Delay(200, ct);
        }
    }
}
