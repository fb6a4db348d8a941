using AccountGov.Approvals.Contracts;

namespace AccountGov.Custody.Api.Accounts.Registering;

/// <summary>
/// An approval becomes a registered account (IG31 §8: only accounts BD authorised; MECCG139 §6: the register).
/// Approvals validated the request; this still normalises what it receives so the register is always coherent:
/// duplicates are dropped and, should no one be marked Primary, the first named custodian is.
/// </summary>
public static class RegisterAccount
{
    public static IReadOnlyList<object> Decide(Account? existing, AccountRequestApproved approved, Guid accountId, DateTimeOffset now)
    {
        if (existing is not null) return [];

        var custodians = approved.Custodians
            .Where(c => !string.IsNullOrWhiteSpace(c.UserId))
            .DistinctBy(c => c.UserId)
            .Select(c => new Custodian(c.UserId, c.Name, ToRole(c.Role), CustodianStatus.Active))
            .ToList();
        if (custodians.Count > 0 && custodians.All(c => c.Role != CustodianRole.Primary))
            custodians[0] = custodians[0] with { Role = CustodianRole.Primary };
        // More than one Primary: the first keeps it, the rest deputise.
        var primary = custodians.FirstOrDefault(c => c.Role == CustodianRole.Primary);
        custodians = custodians.Select(c => c.Role == CustodianRole.Primary && c != primary ? c with { Role = CustodianRole.Deputy } : c).ToList();

        return
        [
            new AccountRegistered(accountId, approved.RequestId, approved.Team, approved.Platform, approved.Handle,
                new Person(approved.Sponsor.UserId, approved.Sponsor.Name), custodians,
                approved.Conditions ?? [], approved.ApprovedBy, now, TypeOf(approved.AccountType), approved.Partner),
        ];
    }

    /// <summary>Approvals passes on what the request said; absent (an older message) or unknown reads as Corporate.</summary>
    public static AccountType TypeOf(string? type) =>
        Enum.TryParse<AccountType>(type, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : AccountType.Corporate;

    private static CustodianRole ToRole(ApprovedCustodianRole role) =>
        role == ApprovedCustodianRole.Primary ? CustodianRole.Primary : CustodianRole.Deputy;
}
