using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authentication;

namespace AccountGov.Portal.SigningIn;

/// <summary>
/// Sends the signed-in person's own access token with every service call, so each service decides what this person
/// may see and do. The token is read from the session, server-side; it is never logged.
/// </summary>
public sealed class AccessTokenHandler(IHttpContextAccessor accessor) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        if (accessor.HttpContext is { } context && await context.GetTokenAsync("access_token") is { } token)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, ct);
    }
}
