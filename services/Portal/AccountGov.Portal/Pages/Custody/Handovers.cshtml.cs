using AccountGov.Custody.Contracts;
using AccountGov.Portal.Frontend;
using AccountGov.Portal.Services;
using AccountGov.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AccountGov.Portal.Pages.Custody;

/// <summary>
/// Every handover not yet closed, for Business Development: open, overdue (open past its due day) and escalated
/// (nobody could take it). BD names the receiver of an escalated one from the account's active custodians.
/// </summary>
[Authorize(Roles = $"{Roles.BusinessDevelopment},{Roles.HR},{Roles.Auditor}")]
public sealed class HandoversModel(ICustodyHandoversApi handovers, ICustodyApi custody, TimeProvider clock) : PortalPage
{
    [BindProperty(SupportsGet = true)] public string? Show { get; set; }
    [BindProperty] public Guid HandoverId { get; set; }

    /// <summary>The tab shown: a known one whatever the case of the link (?show=Escalated), else the first.</summary>
    public string Tab => Show?.ToLowerInvariant() is "open" or "overdue" or "escalated" ? Show.ToLowerInvariant() : "";

    public IReadOnlyList<HandoverSummary> Shown { get; private set; } = [];
    public Dictionary<Guid, AccountDetails> Accounts { get; } = [];
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
    public bool IsBd => Me.IsIn(Roles.BusinessDevelopment);

    public Task OnGetAsync(CancellationToken ct) => Load(ct);

    public async Task<IActionResult> OnPostAssignAsync(CancellationToken ct)
    {
        var handover = await Read(ServiceNames.Custody, () => handovers.GetHandover(HandoverId, ct));
        var account = handover is null ? null : await Read(ServiceNames.Custody, () => custody.GetAccount(handover.AccountId, ct: ct));
        // Each escalated handover has its own select (unique ids on the page), named after the handover.
        var toUserId = Request.Form[$"ToUserId-{HandoverId}"].ToString();
        var receiver = account?.Custodians.FirstOrDefault(c => c.UserId == toUserId);
        if (account is not null && receiver is null) ModelState.AddModelError($"ToUserId-{HandoverId}", "Choose who takes the account.");
        else if (receiver is not null)
        {
            var response = await handovers.AssignHandover(HandoverId, new HandoverAssignmentBody(receiver.UserId, receiver.Name), ct);
            if (response.IsSuccessStatusCode) return Redirect("/custody/handovers?show=open");
            if (ServiceCall.IsUnavailable(response)) Unavailable.Add(ServiceNames.Custody);
            else AddProblem(Problem.From(response.ErrorContent()), "");
        }
        await Load(ct);
        return Page();
    }

    private async Task Load(CancellationToken ct)
    {
        var all = await Read(ServiceNames.Custody, () => handovers.ListHandovers(take: 500, ct: ct));
        if (all is null) return;
        Shown = all.Where(h => Tab switch
        {
            "overdue" => CustodyWords.IsOverdue(h, Today),
            "escalated" => h.Status == HandoverStatus.Escalated,
            "open" => h.Status == HandoverStatus.Open,
            _ => h.Status is HandoverStatus.Open or HandoverStatus.Escalated,
        }).OrderBy(h => h.DueBy).ToList();
        foreach (var id in Shown.Select(h => h.AccountId).Distinct())
            if (await Read(ServiceNames.Custody, () => custody.GetAccount(id, ct: ct)) is { } account) Accounts[id] = account;
    }

    public IEnumerable<(string, string)> Receivers(HandoverSummary h) =>
        Accounts.GetValueOrDefault(h.AccountId)?.Custodians.Where(c => c.UserId != h.FromUserId && c.Status == CustodianStatus.Active)
            .Select(c => (c.UserId, c.Name)) ?? [];
}
