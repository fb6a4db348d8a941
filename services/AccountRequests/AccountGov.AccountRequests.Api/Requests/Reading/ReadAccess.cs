using AccountGov.ServiceDefaults.Auth;
using AccountGov.ServiceDefaults.Errors;

namespace AccountGov.AccountRequests.Api.Requests.Reading;

/// <summary>
/// A request names people and their work contact details, so it is read by those named on it and by the roles that
/// oversee requests: Business Development decides (IG31 §8), Information Governance reviews the DPIA, auditors read all.
/// </summary>
public static class ReadAccess
{
    public static bool SeesAll(CurrentUser user) =>
        user.IsIn(Roles.BusinessDevelopment) || user.IsIn(Roles.InformationGovernance) || user.IsIn(Roles.Auditor);

    public static bool IsNamedOn(AccountRequest request, string userId) =>
        request.RequesterId == userId || request.SponsorId == userId || request.CustodianIds.Contains(userId);

    public static void Ensure(AccountRequest request, CurrentUser user)
    {
        if (!SeesAll(user) && !IsNamedOn(request, user.UserId))
            throw new AccessDenied("Only the people named on a request and its reviewers may read it.");
    }
}
