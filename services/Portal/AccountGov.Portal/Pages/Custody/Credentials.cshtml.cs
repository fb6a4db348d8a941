using AccountGov.Custody.Contracts;
using AccountGov.Portal.Services;
using AccountGov.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authorization;

namespace AccountGov.Portal.Pages.Custody;

/// <summary>
/// IG31 §8.1, the credentials belong to the organisation: accounts with no credential deposited (due, overdue) and
/// accounts whose password must change, for Business Development and auditors.
/// </summary>
[Authorize(Roles = $"{Roles.BusinessDevelopment},{Roles.Auditor}")]
public sealed class CredentialsModel(ICustodyReportsApi reports) : PortalPage
{
    public IReadOnlyList<MissingCredential>? Missing { get; private set; }
    public IReadOnlyList<OpenRotation>? Rotations { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Missing = await Read(ServiceNames.Custody, () => reports.GetMissingCredentials(ct));
        Rotations = await Read(ServiceNames.Custody, () => reports.GetOpenRotations(ct));
    }

    public static string Why(RotationCause cause) => cause switch
    {
        RotationCause.CustodianRemoved => "A custodian was removed",
        RotationCause.BreakGlassUsed => "Revealed through break-glass",
        RotationCause.IntegrityFailed => "Failed its integrity check",
        _ => "May be known outside its custodians",
    };
}
