using AccountGov.Custody.Contracts;
using AccountGov.Portal.Frontend;
using AccountGov.Portal.Services;
using Microsoft.AspNetCore.Mvc;
using Refit;

namespace AccountGov.Portal.Pages.Custody;

/// <summary>
/// "My handovers": the handovers this person must receive, each with its checklist completed in the page (rotate
/// the password: the link goes to the store form and comes back ticked; transfer the linked email), and the
/// handovers away from them, to see where their accounts went.
/// </summary>
public sealed class MyHandoversModel(ICustodyHandoversApi handovers, ICustodyApi custody, TimeProvider clock) : PortalPage
{
    [BindProperty(SupportsGet = true)] public Guid? Rotated { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Done { get; set; }
    [BindProperty] public Guid HandoverId { get; set; }
    [BindProperty] public bool CredentialRotated { get; set; }
    [BindProperty] public bool LinkedEmailTransferred { get; set; }
    [BindProperty] public string? Notes { get; set; }

    public IReadOnlyList<HandoverSummary>? ToMe { get; private set; }
    public IReadOnlyList<HandoverSummary>? FromMe { get; private set; }
    public Dictionary<Guid, AccountDetails> Accounts { get; } = [];
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public Task OnGetAsync(CancellationToken ct) => Load(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var response = await handovers.CompleteHandover(HandoverId, new HandoverChecklistBody(CredentialRotated, LinkedEmailTransferred, Notes), ct);
            if (response.IsSuccessStatusCode) return Redirect($"/my-handovers?done={HandoverId}");
            if (ServiceCall.IsUnavailable(response)) Unavailable.Add(ServiceNames.Custody);
            else AddProblem(Problem.From(response.ErrorContent()), "");
        }
        catch (Exception e) when (ServiceCall.IsUnavailable(e))
        {
            Unavailable.Add(ServiceNames.Custody);
        }
        Rotated = CredentialRotated ? HandoverId : null;
        await Load(ct);
        return Page();
    }

    private async Task Load(CancellationToken ct)
    {
        var mine = await Read(ServiceNames.Custody, () => handovers.ListHandovers(take: 500, ct: ct));
        if (mine is null) return;
        ToMe = mine.Where(h => h.ToUserId == Me.UserId && h.Status is HandoverStatus.Open).OrderBy(h => h.DueBy).ToList();
        FromMe = mine.Where(h => h.FromUserId == Me.UserId && h.Status is HandoverStatus.Open or HandoverStatus.Escalated).ToList();
        foreach (var id in ToMe.Concat(FromMe).Select(h => h.AccountId).Distinct())
            if (await Read(ServiceNames.Custody, () => custody.GetAccount(id, ct: ct)) is { } account) Accounts[id] = account;
    }

    public string AccountName(Guid id) => Accounts.TryGetValue(id, out var a) ? CustodyWords.Name(a) : "An account";

    public string NameOf(Guid accountId, string? userId) =>
        userId is null ? "nobody yet" : Accounts.GetValueOrDefault(accountId)?.Custodians.FirstOrDefault(c => c.UserId == userId)?.Name ?? userId;
}
