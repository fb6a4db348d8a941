using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace AccountGov.ServiceDefaults.Auth;

/// <summary>The caller as the domain sees them: a stable user id, a display name, and roles.</summary>
public sealed record CurrentUser(string UserId, string Name, IReadOnlySet<string> Roles)
{
    public bool IsIn(string role) => Roles.Contains(role);

    public static CurrentUser From(ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue(AuthClaims.Subject)
            ?? throw new InvalidOperationException("An authenticated principal has no subject claim.");
        var name = principal.FindFirstValue(AuthClaims.Name) ?? id;
        var roles = principal.FindAll(AuthClaims.Role).Select(c => c.Value).ToHashSet();
        return new CurrentUser(id, name, roles);
    }

    /// <summary>Lets minimal-API handlers take a <see cref="CurrentUser"/> parameter on authorized routes.</summary>
    public static ValueTask<CurrentUser?> BindAsync(HttpContext context) =>
        ValueTask.FromResult(context.User.Identity?.IsAuthenticated == true ? From(context.User) : null);
}

public static class AuthClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Email = "email";
    public const string Role = "roles";
}
