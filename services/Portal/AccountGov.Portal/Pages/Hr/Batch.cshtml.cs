using AccountGov.Custody.Contracts;
using AccountGov.Portal.Services;
using AccountGov.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AccountGov.Portal.Pages.Hr;

/// <summary>
/// An uploaded HR file: its progress while Custody applies it (the page refreshes itself, no script needed), then
/// the per-row report: how many rows were accepted and what they did (applied, held, ignored, already received,
/// rejected), each rejected row with its number and reasons, and each row not applied as sent.
/// </summary>
[Authorize(Roles = Roles.HR)]
public sealed class BatchModel(ICustodyHrApi hr) : PortalPage
{
    public HrBatchProgress? Batch { get; private set; }

    public async Task OnGetAsync(Guid id, CancellationToken ct) =>
        Batch = await Read(ServiceNames.Custody, () => hr.GetHrBatch(id, ct));

    /// <summary>The progress as JSON for batch.js; no personal data, only counts.</summary>
    public async Task<IActionResult> OnGetProgressAsync(Guid id, CancellationToken ct)
    {
        var batch = await hr.GetHrBatch(id, ct);
        return new JsonResult(new { status = batch.Status.ToString(), batch.Total, batch.Accepted, batch.Processed });
    }

    public bool Finished => Batch?.Status == HrBatchState.Completed;
}
