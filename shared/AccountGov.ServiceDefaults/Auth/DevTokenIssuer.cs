using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AccountGov.ServiceDefaults.Auth;

public sealed record DevTokenRequest(string? UserId, string? Name, string? Email, string[]? Roles);
public sealed record DevTokenResponse(string AccessToken, DateTimeOffset ExpiresAt);

/// <summary>
/// POST /dev/token: mints tokens for personas. Mapped only when development tokens are on (Development, no
/// authority, loopback URLs: <see cref="DevTokenGuard"/>), so it is 404 elsewhere.
/// </summary>
public static class DevTokenIssuer
{
    public static void MapDevelopmentTokenIssuer(this IEndpointRouteBuilder app) =>
        app.MapPost("/dev/token", Issue).AllowAnonymous().WithTags("Development");

    private static Results<Ok<DevTokenResponse>, ValidationProblem> Issue(
        DevTokenRequest request, AuthOptions options, DevSigningKey key, TimeProvider clock)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.UserId)) errors["userId"] = ["A user id is required."];
        var unknown = (request.Roles ?? []).Where(r => !Roles.All.Contains(r)).ToArray();
        if (unknown.Length > 0) errors["roles"] = [$"Each role must be one of {string.Join(", ", Roles.All)}."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var now = clock.GetUtcNow();
        var expires = now.Add(options.DevTokenLifetime);
        var claims = new List<Claim>
        {
            new(AuthClaims.Subject, request.UserId!),
            new(AuthClaims.Name, string.IsNullOrWhiteSpace(request.Name) ? request.UserId! : request.Name),
        };
        if (!string.IsNullOrWhiteSpace(request.Email)) claims.Add(new(AuthClaims.Email, request.Email));
        claims.AddRange((request.Roles ?? []).Distinct().Select(r => new Claim(AuthClaims.Role, r)));

        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.DevIssuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(key.Key, SecurityAlgorithms.HmacSha256),
        });
        return TypedResults.Ok(new DevTokenResponse(token, expires));
    }
}
