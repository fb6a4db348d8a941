using System.Security.Claims;
using System.Text.Json;
using AccountGov.ServiceDefaults.Input;

namespace AccountGov.ServiceDefaults.Auth;

/// <summary>
/// Turns a validated token's claims into the identity every service reads (<see cref="CurrentUser"/>): the person's
/// id as <c>sub</c>, taken from <see cref="AuthOptions.PersonIdClaim"/>, and AccountGov's role names as <c>roles</c>,
/// taken from <see cref="AuthOptions.RoleClaim"/> (a claim, or a path into a JSON claim such as Keycloak's
/// <c>realm_access.roles</c>) through <see cref="AuthOptions.RoleMap"/>. Returns why a token is refused, or null.
/// docs/identity-providers.md shows the settings for Entra ID and Keycloak.
/// </summary>
public static class ClaimsMapping
{
    public static string? Accept(ClaimsPrincipal token, AuthOptions options, out ClaimsPrincipal mapped)
    {
        mapped = token;
        // The second guard: with an authority, nothing signed as the development issuer counts, whatever the keys.
        if (!string.IsNullOrWhiteSpace(options.Authority) && token.FindFirst("iss")?.Value == options.DevIssuer)
            return "Development tokens are never accepted when an authority is configured.";

        var person = token.FindFirst(options.PersonIdClaim)?.Value;
        if (string.IsNullOrWhiteSpace(person) || TextPolicy.Apply(person, TextKind.Identifier, out _) != person)
            return $"The token has no usable person id ({options.PersonIdClaim} claim).";

        var claims = token.Claims.Where(c => c.Type is not (AuthClaims.Subject or AuthClaims.Role)).ToList();
        claims.Add(new Claim(AuthClaims.Subject, person));
        claims.AddRange(Roles(token, options).Select(r => new Claim(AuthClaims.Role, r)));
        var identity = new ClaimsIdentity(claims, token.Identity?.AuthenticationType ?? "Bearer", AuthClaims.Name, AuthClaims.Role);
        mapped = new ClaimsPrincipal(identity);
        return null;
    }

    /// <summary>Refuses at startup a map onto a role AccountGov does not have, which would otherwise grant nothing silently.</summary>
    public static void Validate(AuthOptions options)
    {
        var unknown = options.RoleMap.Values.Where(r => !Auth.Roles.All.Contains(r)).ToList();
        if (unknown.Count > 0)
            throw new InvalidOperationException($"Auth:RoleMap maps onto roles AccountGov does not have: {string.Join(", ", unknown)}.");
        if (string.IsNullOrWhiteSpace(options.PersonIdClaim) || string.IsNullOrWhiteSpace(options.RoleClaim))
            throw new InvalidOperationException("Auth:PersonIdClaim and Auth:RoleClaim must name claims.");
    }

    private static IEnumerable<string> Roles(ClaimsPrincipal token, AuthOptions options)
    {
        var path = options.RoleClaim.Split('.');
        var values = token.FindAll(path[0]).SelectMany(c => path.Length == 1 ? [c.Value] : Inside(c.Value, path[1..]));
        return values
            .Select(v => options.RoleMap.Count == 0 ? v : options.RoleMap.GetValueOrDefault(v))
            .OfType<string>()
            .Where(Auth.Roles.All.Contains)
            .Distinct();
    }

    /// <summary>The strings at <paramref name="path"/> inside a JSON claim value; nothing if it is not JSON or not there.</summary>
    private static IEnumerable<string> Inside(string json, string[] path)
    {
        JsonElement node;
        try { node = JsonDocument.Parse(json).RootElement; }
        catch (JsonException) { return []; }
        foreach (var step in path)
            if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(step, out node)) return [];
        return node.ValueKind switch
        {
            JsonValueKind.Array => node.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList(),
            JsonValueKind.String => [node.GetString()!],
            _ => [],
        };
    }
}
