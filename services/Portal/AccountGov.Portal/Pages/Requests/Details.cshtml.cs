using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.Approvals.Contracts;
using AccountGov.Portal.Services;
using Microsoft.AspNetCore.Mvc;

namespace AccountGov.Portal.Pages.Requests;

/// <summary>
/// One request as its requester follows it: status, whom it waits on (from Approvals), the DPIA when one is needed,
/// revise when changes were asked for, withdraw while undecided, and the full history. While the endorsement is
/// pending the requester may name a different sponsor; when IG asks for an amended DPIA, the page says what to change.
/// </summary>
public sealed class DetailsModel(IAccountRequestsApi requests, IApprovalsApi approvals) : PortalPage
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sent { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public long Version { get; set; }
    [BindProperty] public Cases.SponsorInput Sponsor { get; set; } = new();

    public RequestDetails? Details { get; private set; }
    public CaseDetails? Case { get; private set; }

    public bool IsRequester => Details?.Requester.UserId == Me.UserId;
    public bool NeedsDpia => Details is { DpiaRequired: true, Dpia: null, Status: RequestStatus.Submitted or RequestStatus.ChangesRequested };
    public bool CanReplaceSponsor => IsRequester && Cases.SponsorInput.CanReplace(Case, Me.UserId, isBd: false);

    /// <summary>IG's request to amend the DPIA, while the review waits for the amended one (null otherwise).</summary>
    public string? DpiaChangesAsked => Case is { Status: CaseStatus.Open, CurrentStage: StageName.DpiaReview, DpiaAttached: false } c
        && c.History.LastOrDefault(h => h.Event is "DpiaAttached" or "DpiaChangesRequested") is { Event: "DpiaChangesRequested" } asked
            ? asked.Comment : null;

    public bool CanWithdraw => IsRequester && Details?.Status is RequestStatus.Submitted or RequestStatus.ChangesRequested;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await Load(ct) ?? Page();

    public async Task<IActionResult> OnPostWithdrawAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Reason)) ModelState.AddModelError(nameof(Reason), "Say why you are withdrawing the request.");
        else
        {
            try
            {
                var response = await requests.Withdraw(Id, new WithdrawBody(Reason), ct);
                if (response.IsSuccessStatusCode) return Redirect($"/requests/{Id}");
                if (ServiceCall.IsUnavailable(response)) Unavailable.Add(ServiceNames.AccountRequests);
                else AddProblem(Problem.From(response.ErrorContent()), "", new Dictionary<string, string> { ["reason"] = "Reason" });
            }
            catch (Exception e) when (ServiceCall.IsUnavailable(e))
            {
                Unavailable.Add(ServiceNames.AccountRequests);
            }
        }
        return await Load(ct) ?? Page();
    }

    public async Task<IActionResult> OnPostReplaceSponsorAsync(CancellationToken ct)
    {
        try
        {
            await approvals.ReplaceSponsor(Id, Sponsor.ToBody(), $"\"{Version}\"", ct);
            return Redirect($"/requests/{Id}?sent=sponsor");
        }
        catch (Exception e) when (ServiceCall.IsUnavailable(e))
        {
            Unavailable.Add(ServiceNames.Approvals);
        }
        catch (Refit.ApiException e) when (e.StatusCode == System.Net.HttpStatusCode.PreconditionFailed)
        {
            ModelState.AddModelError("", "The request moved on after you opened it, so the sponsor was not replaced. The page now shows the latest.");
        }
        catch (Refit.ApiException e) when ((int)e.StatusCode is >= 400 and < 500)
        {
            AddProblem(Problem.From(e.Content), "", Cases.SponsorInput.Fields);
        }
        return await Load(ct) ?? Page();
    }

    private async Task<IActionResult?> Load(CancellationToken ct)
    {
        var response = await Read(ServiceNames.AccountRequests, () => requests.Get(Id, ct));
        if (response is { IsSuccessStatusCode: false } && !ServiceCall.IsUnavailable(response)) return StatusCode((int)response.StatusCode!.Value);
        if (response is { IsSuccessStatusCode: false }) Unavailable.Add(ServiceNames.AccountRequests);
        Details = response?.Content;
        await LoadCase(ct);
        return null;
    }

    // The case opens a moment after the submission (it travels over the broker): until then there is none to show.
    private async Task LoadCase(CancellationToken ct)
    {
        try { Case = await approvals.GetCase(Id, ct); Version = Case.Version; }
        catch (Refit.ApiException e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound) { }
        catch (Exception e) when (ServiceCall.IsUnavailable(e)) { Unavailable.Add(ServiceNames.Approvals); }
    }
}
