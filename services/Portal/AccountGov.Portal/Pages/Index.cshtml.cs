using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.Approvals.Contracts;
using AccountGov.Portal.Pages.Cases;
using AccountGov.Portal.Services;
using AccountGov.ServiceDefaults.Auth;

namespace AccountGov.Portal.Pages;

/// <summary>
/// "Waiting for you": whatever the person's roles, the work that waits on them, each list from the service that
/// owns it, so one service being down empties only its own list. Part 2 adds custody and HR lists here.
/// </summary>
public sealed class IndexModel(IAccountRequestsApi requests, IApprovalsApi approvals) : PortalPage
{
    public IReadOnlyList<RequestSummary>? ChangesRequested { get; private set; }
    public IReadOnlyList<RequestSummary>? DpiaToAttach { get; private set; }
    public IReadOnlyList<CaseSummary>? Endorsements { get; private set; }
    public IReadOnlyList<CaseSummary>? DpiaReviews { get; private set; }
    public IReadOnlyList<CaseSummary>? Decisions { get; private set; }

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
    }

    private async Task<IReadOnlyList<CaseSummary>?> Queue(Func<Task<IReadOnlyList<CaseSummary>>> call) =>
        await Read(ServiceNames.Approvals, call) is { } cases ? QueueModel.DueFirst(cases) : null;
}
