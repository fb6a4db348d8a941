using AccountGov.Custody.Contracts;
using AccountGov.Portal.Services;
using AccountGov.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authorization;

namespace AccountGov.Portal.Pages.Register;

/// <summary>An import's per-row report: the accounts it registered and each rejected row with its number and why.</summary>
[Authorize(Roles = Roles.BusinessDevelopment)]
public sealed class ImportReportModel(ICustodyApi custody) : PortalPage
{
    public AccountImportReport? Report { get; private set; }

    public async Task OnGetAsync(Guid id, CancellationToken ct) =>
        Report = await Read(ServiceNames.Custody, () => custody.GetAccountImport(id, ct));
}
