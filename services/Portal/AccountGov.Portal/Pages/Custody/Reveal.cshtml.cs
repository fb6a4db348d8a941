using AccountGov.Custody.Contracts;
using AccountGov.Portal.Services;
using Microsoft.AspNetCore.Mvc;
using Refit;

namespace AccountGov.Portal.Pages.Custody;

/// <summary>Bound from "Portal:Reveal": how long a revealed password stays on screen (tests make it short).</summary>
public sealed class RevealOptions
{
    public int VisibleSeconds { get; set; } = 30;
}

/// <summary>
/// Reveal a password: the person gives a reason (audited by Custody before the secret is released), and the
/// secret is rendered once, in this POST's response only: never in a URL, a log, the cache (no-store) or
/// autocomplete. Masked until Show; portal.js removes it from the page after VisibleSeconds. Before their first
/// reveal of an account, a custodian acknowledges the rules on what must never be posted.
/// </summary>
public sealed class RevealModel(ICustodyApi custody, Microsoft.Extensions.Options.IOptions<RevealOptions> options) : PortalPage
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public bool RulesRead { get; set; }

    public AccountDetails? Account { get; private set; }
    public string? Refused { get; private set; }
    public RevealedCredential? Secret { get; private set; }
    public int VisibleSeconds => options.Value.VisibleSeconds;

    /// <summary>A custodian who has not yet acknowledged the never-post rules on this account (CO23 §3.5) sees them first.</summary>
    public bool MustAcknowledge => Account is { } a && !a.RulesAcknowledgedBy.Contains(Me.UserId);

    public async Task<IActionResult> OnPostAcknowledgeAsync(CancellationToken ct)
    {
        if (!await Load(ct)) return NotFound();
        if (!RulesRead)
        {
            ModelState.AddModelError(nameof(RulesRead), "Tick to confirm you have read the rules and will keep to them.");
            return Page();
        }
        try
        {
            await custody.AcknowledgeNeverPostRules(Id, ct);
            return Redirect($"/accounts/{Id}/reveal");
        }
        catch (Exception e) when (ServiceCall.IsUnavailable(e))
        {
            Unavailable.Add(ServiceNames.Custody);
        }
        catch (ApiException e) when ((int)e.StatusCode is >= 400 and < 500)
        {
            Refused = RevealRefusal.After(e, Account, Me.UserId);
        }
        return Page();
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await Load(ct)) return NotFound();
        if (Account is not null) Refused = RevealRefusal.Before(Account, Me.UserId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await Load(ct)) return NotFound();
        if (string.IsNullOrWhiteSpace(Reason))
        {
            ModelState.AddModelError(nameof(Reason), "Say why you need the password.");
            return Page();
        }
        try
        {
            Secret = await custody.RevealCredential(Id, new RevealBody(Reason.Trim()), ct);
        }
        catch (Exception e) when (ServiceCall.IsUnavailable(e))
        {
            Unavailable.Add(ServiceNames.Custody);
        }
        catch (ApiException e) when (e.StatusCode == System.Net.HttpStatusCode.BadRequest)
        {
            AddProblem(Problem.From(e.Content), "");
        }
        catch (ApiException e) when ((int)e.StatusCode is >= 400 and < 500)
        {
            Refused = RevealRefusal.After(e, Account, Me.UserId);
        }
        return Page();
    }

    private async Task<bool> Load(CancellationToken ct)
    {
        try
        {
            Account = await Read(ServiceNames.Custody, () => custody.GetAccount(Id, ct: ct));
            return true;
        }
        catch (ApiException e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return false;
        }
    }
}
