using AccountGov.Custody.Api.Accounts;

namespace AccountGov.Custody.Api.Credentials.Obligations;

/// <summary>
/// Pure: which account events open a rotation task and which close them. Removing a custodian, a reveal through
/// break-glass and a failed integrity check each mean someone outside the current custodians may know the password
/// (or that the stored one cannot be trusted), so it must change. The tasks stay open until a credential version
/// with a new password is stored after them; a version stored again with the same password closes nothing.
/// </summary>
public static class RotationTasks
{
    /// <param name="after">The account after <paramref name="events"/>: its Active custodians are told.</param>
    public static IReadOnlyList<object> Decide(CredentialObligations? state, Account after, IReadOnlyList<object> events)
    {
        if (after.Status == AccountStatus.Decommissioned) return [];
        var open = state?.RotationOpen == true;
        var decided = new List<object>();
        foreach (var e in events)
        {
            if (Opens(e) is { } opened)
            {
                var custodians = after.Custodians.Where(c => c.Status == CustodianStatus.Active).Select(c => c.UserId).ToArray();
                decided.Add(new RotationRequired(after.Id, opened.Cause, custodians, opened.At));
                open = true;
            }
            else if (open && e is CredentialStored { PasswordChanged: true } stored)
            {
                decided.Add(new RotationDone(after.Id, stored.CredentialVersionId, stored.Version, stored.StoredAt));
                open = false;
            }
        }
        return decided;
    }

    public static bool Concerns(object e) => Opens(e) is not null || e is CredentialStored;

    private static (RotationCause Cause, DateTimeOffset At)? Opens(object e) => e switch
    {
        CustodianRemoved x => (RotationCause.CustodianRemoved, x.RemovedAt),
        CredentialRevealed { BreakGlassId: not null } x => (RotationCause.BreakGlassUsed, x.RevealedAt),
        CredentialIntegrityFailed x => (RotationCause.IntegrityFailed, x.DetectedAt),
        _ => null,
    };
}
