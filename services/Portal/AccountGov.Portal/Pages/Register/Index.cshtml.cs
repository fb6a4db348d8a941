using System.Text;
using AccountGov.Custody.Contracts;
using AccountGov.Portal.Services;
using AccountGov.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AccountGov.Portal.Pages.Register;

/// <summary>The account register for Business Development and auditors: search, filter, sort, export as CSV.</summary>
[Authorize(Roles = $"{Roles.BusinessDevelopment},{Roles.Auditor}")]
public sealed class IndexModel(ICustodyApi custody) : PortalPage
{
    private const int PageSize = 200;
    private const int MaxAccounts = 10_000;

    [BindProperty(SupportsGet = true)] public RegisterQuery Query { get; set; } = new();

    public IReadOnlyList<AccountDetails>? All { get; private set; }
    public IReadOnlyList<AccountDetails> Shown { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        All = await Read(ServiceNames.Custody, () => Everything(ct));
        Shown = All is null ? [] : Query.Apply(All).ToList();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var all = await Everything(ct);
        return File(Encoding.UTF8.GetBytes(RegisterCsv.Write(Query.Apply(all))), "text/csv", "account-register.csv");
    }

    private async Task<IReadOnlyList<AccountDetails>> Everything(CancellationToken ct)
    {
        var all = new List<AccountDetails>();
        while (all.Count < MaxAccounts)
        {
            var page = await custody.ListAccounts(skip: all.Count, take: PageSize, ct: ct);
            all.AddRange(page);
            if (page.Count < PageSize) break;
        }
        return all;
    }

    public IEnumerable<(string, string)> Options(Func<AccountDetails, string> field) =>
        (All ?? []).Select(field).Distinct().Order().Select(v => (v, v));
}
