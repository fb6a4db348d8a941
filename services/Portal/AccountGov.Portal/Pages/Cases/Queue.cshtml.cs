using AccountGov.Approvals.Contracts;
using AccountGov.Portal.Services;
using AccountGov.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Mvc;

namespace AccountGov.Portal.Pages.Cases;

/// <summary>
/// A stage's work queue: a sponsor's endorsements, IG's DPIA reviews or BD's decisions, earliest due first. IG's is in
/// two parts: the DPIAs ready for review, and the cases still waiting for the requester's (or an amended) DPIA.
/// </summary>
public sealed class QueueModel(IApprovalsApi approvals) : PortalPage
{
    [BindProperty(SupportsGet = true)] public StageName Stage { get; set; } = StageName.BusinessDevelopmentDecision;
    public IReadOnlyList<CaseSummary>? Cases { get; private set; }
    public IReadOnlyList<CaseSummary>? WaitingForDpia { get; private set; }

    public string Heading => Stage switch
    {
        StageName.SponsorEndorsement => "Requests waiting for your endorsement",
        StageName.DpiaReview => "DPIA reviews",
        _ => "Requests waiting for a decision",
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var role = Stage switch
        {
            StageName.SponsorEndorsement => Roles.SeniorManager,
            StageName.DpiaReview => Roles.InformationGovernance,
            _ => Roles.BusinessDevelopment,
        };
        if (!Me.IsIn(role)) return StatusCode(StatusCodes.Status403Forbidden);
        var cases = await Read(ServiceNames.Approvals, () => Stage == StageName.SponsorEndorsement
            ? approvals.GetAwaitingMyEndorsement(ct: ct)
            : approvals.GetQueue(Stage, CaseStatus.Open, ct: ct));
        Cases = cases is null ? null : DueFirst(cases);
        if (Stage == StageName.DpiaReview)
            WaitingForDpia = await Read(ServiceNames.Approvals, () => approvals.GetAwaitingDpia(ct: ct)) is { } waiting ? DueFirst(waiting) : null;
        return Page();
    }

    /// <summary>Earliest due first; cases whose clock has not started (a DPIA review waiting for its DPIA) last.</summary>
    public static IReadOnlyList<CaseSummary> DueFirst(IEnumerable<CaseSummary> cases) =>
        cases.OrderBy(c => c.DueBy is null).ThenBy(c => c.DueBy).ThenBy(c => c.OpenedAt).ToList();
}
