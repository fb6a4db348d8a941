using AccountGov.ServiceDefaults.Auth;
using AccountGov.ServiceDefaults.Errors;

namespace AccountGov.AccountRequests.Api.Requests;

public static class Requester
{
    /// <summary>The caller as the requester: their id and name from the token, and the email claim when present.</summary>
    public static Person From(CurrentUser user, HttpContext http) =>
        new(user.UserId, user.Name, http.User.FindFirst(AuthClaims.Email)?.Value ?? "");

    /// <summary>Only the requester may change their request.</summary>
    public static void EnsureIsRequester(AccountRequest request, string userId)
    {
        if (request.RequesterId != userId)
            throw new AccessDenied("Only the requester may change this request.");
    }
}
