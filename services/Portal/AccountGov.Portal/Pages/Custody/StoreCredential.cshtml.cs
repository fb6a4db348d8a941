using AccountGov.Custody.Contracts;
using AccountGov.Portal.Services;
using Microsoft.AspNetCore.Mvc;
using Refit;

namespace AccountGov.Portal.Pages.Custody;

public sealed class CredentialInput
{
    public string? Username { get; set; }
    public string? Password { get; set; }
    public string? LinkedEmail { get; set; }
    public string? LinkedEmailPassword { get; set; }
    public string? RecoveryCodes { get; set; }
    public string? Notes { get; set; }

    public CredentialBody ToBody() => new(Username ?? "", Password ?? "", Blank(LinkedEmail), Blank(LinkedEmailPassword),
        (RecoveryCodes ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), Blank(Notes));

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}

/// <summary>
/// Store or change an account's credential: each save is a new version in Custody's vault. Reached from "My
/// accounts", and from a handover's rotation step (then it returns to the handover with that step done).
/// The form is never refilled with what was typed: a refusal asks for the secrets again.
/// </summary>
public sealed class StoreCredentialModel(ICustodyApi custody) : PortalPage
{
    private static readonly Dictionary<string, string> Fields = new() { ["recoveryCodes"] = "RecoveryCodes" };

    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Handover { get; set; }
    [BindProperty] public CredentialInput Input { get; set; } = new();

    public AccountDetails? Account { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        Account = await Read(ServiceNames.Custody, () => custody.GetAccount(Id, ct: ct));

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            await custody.DepositCredential(Id, Input.ToBody(), ct);
            return Redirect(Handover is { } h ? $"/my-handovers?rotated={h}" : "/my-accounts?stored=1");
        }
        catch (Exception e) when (ServiceCall.IsUnavailable(e))
        {
            Unavailable.Add(ServiceNames.Custody);
        }
        catch (ApiException e) when ((int)e.StatusCode is >= 400 and < 500)
        {
            AddProblem(Problem.From(e.Content), "Input.", Fields);
        }
        Input.Password = Input.LinkedEmailPassword = Input.RecoveryCodes = null;
        await OnGetAsync(ct);
        return Page();
    }
}
