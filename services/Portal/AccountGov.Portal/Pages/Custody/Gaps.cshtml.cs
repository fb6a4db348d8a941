using AccountGov.Custody.Contracts;
using AccountGov.Portal.Services;
using AccountGov.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authorization;

namespace AccountGov.Portal.Pages.Custody;

/// <summary>Custody gaps (IG31 §8.1): Active accounts with no Active custodian now, and those booked absences will leave so.</summary>
[Authorize(Roles = $"{Roles.BusinessDevelopment},{Roles.HR},{Roles.Auditor}")]
public sealed class GapsModel(ICustodyReportsApi reports) : PortalPage
{
    public IReadOnlyList<CurrentCustodyGap>? Current { get; private set; }
    public IReadOnlyList<UpcomingCustodyGap>? Upcoming { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Current = await Read(ServiceNames.Custody, () => reports.GetCurrentGaps(ct));
        Upcoming = await Read(ServiceNames.Custody, () => reports.GetUpcomingGaps(ct));
    }
}
