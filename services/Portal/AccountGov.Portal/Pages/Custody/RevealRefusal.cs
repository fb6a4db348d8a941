using System.Net;
using AccountGov.Custody.Contracts;
using Refit;

namespace AccountGov.Portal.Pages.Custody;

/// <summary>
/// Why this person may not see a password, in plain words: from their own custodian status when the register
/// shows it, and otherwise from the service's refusal (rate limit, nothing stored, decommissioned).
/// </summary>
public static class RevealRefusal
{
    public static string? Before(AccountDetails account, string userId) =>
        account.Custodians.FirstOrDefault(c => c.UserId == userId) switch
        {
            null => "You are not a custodian of this account, so you cannot see its password. Business Development can use break-glass access in an emergency.",
            { Status: CustodianStatus.OnLeave } => "You are on leave, so you cannot see this password until HR records your return. Ask another custodian of the account.",
            { Status: CustodianStatus.Leaving } => "You are leaving the organisation, so custody of this account has moved to another custodian and you can no longer see its password.",
            { Status: CustodianStatus.Left } => "You have left the organisation, so you cannot see this password.",
            _ when account.Status == AccountStatus.Decommissioned => "The account is decommissioned: its password can no longer be revealed.",
            _ when account.CredentialVersion is null => "No password has been stored for this account yet. Store it first.",
            _ => null,
        };

    public static string After(ApiException e, AccountDetails? account, string userId) => e.StatusCode switch
    {
        HttpStatusCode.TooManyRequests => "You have revealed passwords too often in a short time, so this one was not shown. " +
            (e.Headers.RetryAfter?.Delta is { } wait ? $"Try again in {Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes))} minutes." : "Try again later."),
        HttpStatusCode.NotFound => "No password has been stored for this account yet. Store it first.",
        _ => (account is null ? null : Before(account, userId))
             ?? "The custody service refused to show this password: only an active custodian of the account may see it.",
    };
}
