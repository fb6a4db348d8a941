using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.Custody.Contracts;
using AccountGov.Portal.Services;
using AccountGov.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authorization;

namespace AccountGov.Portal.Pages.Dashboard;

/// <summary>
/// Business Development's dashboard: requests by status, time to decision, custody coverage and handovers on
/// time. Each chart (Chart.js, drawn by dashboard.js from the table) has its data table beside it.
/// </summary>
[Authorize(Roles = $"{Roles.BusinessDevelopment},{Roles.Auditor}")]
public sealed class IndexModel(IAccountRequestsApi requests, ICustodyApi custody, ICustodyHandoversApi handovers) : PortalPage
{
    private const int PageSize = 200;

    public List<Series> Charts { get; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (await Read(ServiceNames.AccountRequests, () => All(skip => requests.List(skip: skip, take: PageSize, ct: ct))) is { } all)
            Charts.AddRange([DashboardFigures.RequestsByStatus(all), DashboardFigures.DecisionTimes(all)]);
        if (await Read(ServiceNames.Custody, () => All(skip => custody.ListAccounts(skip: skip, take: PageSize, ct: ct))) is { } accounts)
            Charts.Add(DashboardFigures.Coverage(accounts));
        if (await Read(ServiceNames.Custody, () => handovers.ListHandovers(status: HandoverStatus.Completed, take: 500, ct: ct)) is { } done)
            Charts.Add(DashboardFigures.HandoversOnTime(done));
    }

    private static async Task<IReadOnlyList<T>> All<T>(Func<int, Task<IReadOnlyList<T>>> page)
    {
        var all = new List<T>();
        while (all.Count < 10_000)
        {
            var next = await page(all.Count);
            all.AddRange(next);
            if (next.Count < PageSize) break;
        }
        return all;
    }
}
