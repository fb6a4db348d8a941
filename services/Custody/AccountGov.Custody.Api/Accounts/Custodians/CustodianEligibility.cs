using AccountGov.ServiceDefaults.Auth;
using AccountGov.ServiceDefaults.Errors;

namespace AccountGov.Custody.Api.Accounts.Custodians;

/// <summary>
/// Who may be named a custodian by Business Development. Two officers must agree before anyone outside the
/// custodians reads a password (break-glass), so one officer naming themselves a custodian would be a way round
/// that rule: it needs a second officer. The sponsor endorses the request and so cannot also hold its credential,
/// the same rule submission applies.
/// </summary>
public static class CustodianEligibility
{
    public static void Check(Account account, string candidateUserId, CurrentUser actor)
    {
        if (string.Equals(candidateUserId, actor.UserId, StringComparison.Ordinal))
            throw new AccessDenied("You cannot name yourself a custodian: another Business Development officer must.");
        if (string.Equals(candidateUserId, account.Sponsor.UserId, StringComparison.Ordinal))
            throw new RuleViolation("The account's sponsor cannot also be its custodian: name someone else.");
    }
}
