using AccountGov.ServiceDefaults.Validation;

namespace AccountGov.AccountRequests.Api.Requests.Validating;

/// <summary>
/// The account's type and, for one shared with a partner organisation, the partner's name (MECCG139 §6: the register
/// says whose account it is). Absent means Corporate, so clients written before the type existed still submit.
/// </summary>
public static class AccountTypeRules
{
    public const int MaxPartnerLength = 200;

    public static (AccountType Type, string? Partner) Of(string? type, string? partner, FieldErrors errors)
    {
        var accountType = string.IsNullOrWhiteSpace(type) ? AccountType.Corporate : errors.Enum<AccountType>("accountType", type);
        if (accountType != AccountType.Shared)
        {
            if (!string.IsNullOrWhiteSpace(partner))
                errors.Add("partner", "Only an account shared with a partner organisation names a partner.");
            return (accountType, null);
        }
        if (string.IsNullOrWhiteSpace(partner))
        {
            errors.Add("partner", "Name the partner organisation the account is shared with.");
            return (accountType, null);
        }
        return (accountType, errors.Text("partner", partner, MaxPartnerLength));
    }
}
