using AccountGov.Custody.Api.Hr;
using AccountGov.ServiceDefaults.Auth;
using AccountGov.ServiceDefaults.Errors;

namespace AccountGov.Custody.Api.Accounts.Custodians;

/// <summary>
/// Who may be named a custodian by Business Development. Two officers must agree before anyone outside the
/// custodians reads a password (break-glass), so one officer naming themselves a custodian would be a way round
/// that rule: it needs a second officer. The sponsor endorses the request and so cannot also hold its credential,
/// the same rule submission applies. Someone HR has recorded as leaving or gone cannot take custody on (IG31 §8.1:
/// credentials are handed over before a custodian leaves, not to them).
/// </summary>
public static class CustodianEligibility
{
    public static void Check(Account account, string candidateUserId, StaffMember? candidate, CurrentUser actor)
    {
        if (string.Equals(candidateUserId, actor.UserId, StringComparison.Ordinal))
            throw new AccessDenied("You cannot name yourself a custodian: another Business Development officer must.");
        if (string.Equals(candidateUserId, account.Sponsor.UserId, StringComparison.Ordinal))
            throw new RuleViolation("The account's sponsor cannot also be its custodian: name someone else.");
        if (candidate?.Status == StaffStatus.Left)
            throw new RuleViolation("HR has recorded that this person has left the organisation: name someone else.");
        if (candidate?.Status == StaffStatus.Suspended)
            throw new RuleViolation("HR has recorded that this person cannot hold custody at present: name someone else.");
        if (candidate?.Status == StaffStatus.Leaving)
            throw new RuleViolation("HR has recorded that this person is leaving the organisation: name someone who is staying.");
    }

    /// <summary>Someone on leave may be named (they hold custody on their return), but the caller should know.</summary>
    public static string? Warning(StaffMember? candidate) => candidate?.Status == StaffStatus.OnLeave
        ? "HR has recorded this person as on leave: they cannot reveal or receive a handover until they return."
        : null;
}
