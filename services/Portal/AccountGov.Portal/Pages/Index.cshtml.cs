using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.Approvals.Contracts;
using AccountGov.Custody.Contracts;
using AccountGov.Portal.Pages.Cases;
using AccountGov.Portal.Services;
using AccountGov.ServiceDefaults.Auth;

namespace AccountGov.Portal.Pages;

/// <summary>
/// "Waiting for you": whatever the person's roles, the work that waits on them, each list from the service that
/// owns it, so one service being down empties only its own list: custodians see the handovers they are to receive
/// (Custody lists a member of staff only the handovers they give or receive),
/// Business Development the escalated handovers nobody could take.
/// </summary>
public sealed class IndexModel(IAccountRequestsApi requests, IApprovalsApi approvals, ICustodyHandoversApi handovers) : PortalPage
{
    public IReadOnlyList<RequestSummary>? ChangesRequested { get; private set; }
    public IReadOnlyList<RequestSummary>? DpiaToAttach { get; private set; }
    public IReadOnlyList<CaseSummary>? Endorsements { get; private set; }
    public IReadOnlyList<CaseSummary>? DpiaReviews { get; private set; }
    public IReadOnlyList<CaseSummary>? Decisions { get; private set; }
    public int HandoversToReceive { get; private set; }
    public int HandoversEscalated { get; private set; }

    public bool IsRequester => Me.IsIn(Roles.Staff) || Me.IsIn(Roles.SeniorManager);

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (IsRequester && await Read(ServiceNames.AccountRequests, () => requests.Mine(ct: ct)) is { } mine)
        {
            ChangesRequested = mine.Where(r => r.Status == RequestStatus.ChangesRequested).ToList();
            DpiaToAttach = mine.Where(r => r is { Status: RequestStatus.Submitted, DpiaRequired: true, DpiaAttached: false }).ToList();
        }
        if (Me.IsIn(Roles.SeniorManager))
            Endorsements = await Queue(() => approvals.GetAwaitingMyEndorsement(ct: ct));
        if (Me.IsIn(Roles.InformationGovernance))
            DpiaReviews = await Queue(() => approvals.GetQueue(StageName.DpiaReview, CaseStatus.Open, ct: ct));
        if (Me.IsIn(Roles.BusinessDevelopment))
            Decisions = await Queue(() => approvals.GetQueue(StageName.BusinessDevelopmentDecision, CaseStatus.Open, ct: ct));
        if (Me.IsIn(Roles.Staff) && await Read(ServiceNames.Custody, () => handovers.ListHandovers(status: HandoverStatus.Open, ct: ct)) is { } toMe)
            HandoversToReceive = toMe.Count(h => h.ToUserId == Me.UserId);
        if (Me.IsIn(Roles.BusinessDevelopment) && await Read(ServiceNames.Custody, () => handovers.ListHandovers(status: HandoverStatus.Escalated, ct: ct)) is { } escalated)
            HandoversEscalated = escalated.Count;
    }

    private async Task<IReadOnlyList<CaseSummary>?> Queue(Func<Task<IReadOnlyList<CaseSummary>>> call) =>
        await Read(ServiceNames.Approvals, call) is { } cases ? QueueModel.DueFirst(cases) : null;
}
