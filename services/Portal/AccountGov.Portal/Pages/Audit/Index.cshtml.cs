using System.Text;
using AccountGov.Custody.Contracts;
using AccountGov.Portal.Pages.Register;
using AccountGov.Portal.Services;
using AccountGov.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AccountGov.Portal.Pages.Audit;

/// <summary>
/// The audit trail across accounts, for auditors (and BD): filtered by person, account and days, exported as
/// CSV. Custody's audit lines never hold a secret (a credential appears only as its version number).
/// </summary>
[Authorize(Roles = $"{Roles.Auditor},{Roles.BusinessDevelopment}")]
public sealed class IndexModel(ICustodyAuditApi audit, ICustodyApi custody) : PortalPage
{
    [BindProperty(SupportsGet = true)] public string? Person { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Account { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    public IReadOnlyList<AccountAuditEntry>? Entries { get; private set; }
    public IReadOnlyList<AccountDetails> Accounts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Accounts = await Read(ServiceNames.Custody, () => custody.ListAccounts(take: 200, ct: ct)) ?? [];
        if (From is { } f && To is { } t && t < f) ModelState.AddModelError(nameof(To), "The end date must not be before the start date.");
        else Entries = await Read(ServiceNames.Custody, () => Search(ct));
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var csv = new StringBuilder("when,account,event,by,reason,detail\r\n");
        foreach (var e in await Search(ct))
            csv.AppendJoin(',', new[] { e.At.ToString("O"), $"{e.Platform} {e.Handle}", e.Event, e.By, e.Reason ?? "", e.Detail }.Select(RegisterCsv.Cell)).Append("\r\n");
        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv", "audit-trail.csv");
    }

    private Task<IReadOnlyList<AccountAuditEntry>> Search(CancellationToken ct) =>
        audit.SearchAudit(string.IsNullOrWhiteSpace(Person) ? null : Person.Trim(), Account, From, To, take: 5000, ct: ct);

    public string QueryString => string.Join('&', new[] { ("person", Person), ("account", Account?.ToString()),
            ("from", From?.ToString("yyyy-MM-dd")), ("to", To?.ToString("yyyy-MM-dd")) }
        .Where(p => !string.IsNullOrEmpty(p.Item2)).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));
}
