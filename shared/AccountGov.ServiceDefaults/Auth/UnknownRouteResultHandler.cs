using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;

namespace AccountGov.ServiceDefaults.Auth;

/// <summary>
/// The fallback policy requires a token everywhere, including on requests no endpoint matched. Those should be a
/// plain 404, not a 401 that hints something is there. Routing's own rejections (415, 405) are endpoints, so
/// they still pass through authorization as usual.
/// </summary>
internal sealed class UnknownRouteResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler inner = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (!result.Succeeded && context.GetEndpoint() is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        return inner.HandleAsync(next, context, policy, result);
    }
}
