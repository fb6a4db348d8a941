using System.Net.Http.Json;
using System.Security.Claims;
using AccountGov.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace AccountGov.Portal.SigningIn;

/// <summary>A made-up person of the demo data (deploy/seed/Personas.cs). Never real staff.</summary>
public sealed record Persona(string Id, string Name, string Role, string Does);

/// <summary>
/// Development sign-in: the person picked gets a token from AccountRequests' /dev/token (which exists only in
/// Development) and a session holding it. Outside Development nothing here is reachable.
/// </summary>
public sealed class DevPersonas(HttpClient issuer)
{
    public static readonly Persona[] All =
    [
        new("rita", "Rita Shah", Roles.Staff, "asks for accounts: start a business case, see your requests"),
        new("sam", "Sam Patel", Roles.SeniorManager, "sponsors requests: endorse or decline"),
        new("ivy", "Ivy Green", Roles.InformationGovernance, "Information Governance: review DPIAs"),
        new("beth", "Beth Davies", Roles.BusinessDevelopment, "Business Development: decide requests"),
        new("bob", "Bob Hale", Roles.BusinessDevelopment, "a second Business Development officer"),
        new("carl", "Carl Obi", Roles.Staff, "custodian of the Instagram, Facebook and YouTube accounts"),
        new("dina", "Dina Roy", Roles.Staff, "custodian of the Instagram and Facebook accounts, leaving"),
        new("hana", "Hana Kim", Roles.HR, "HR: leave and leavers"),
        new("ada", "Ada Lowe", Roles.Auditor, "auditor: reads everything, changes nothing"),
    ];

    public async Task SignInAsync(HttpContext context, Persona persona, CancellationToken ct)
    {
        var email = $"{persona.Id}@example.nhs.uk";
        var response = await issuer.PostAsJsonAsync("/dev/token",
            new DevTokenRequest(persona.Id, persona.Name, email, [persona.Role]), ct);
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<DevTokenResponse>(ct))!;

        var identity = new ClaimsIdentity(
            [new(AuthClaims.Subject, persona.Id), new(AuthClaims.Name, persona.Name), new(AuthClaims.Email, email), new(AuthClaims.Role, persona.Role)],
            CookieAuthenticationDefaults.AuthenticationScheme, AuthClaims.Name, AuthClaims.Role);
        var properties = new AuthenticationProperties { ExpiresUtc = token.ExpiresAt, IsPersistent = false };
        properties.StoreTokens([
            new AuthenticationToken { Name = "access_token", Value = token.AccessToken },
            new AuthenticationToken { Name = "expires_at", Value = token.ExpiresAt.ToString("o") },
        ]);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity), properties);
    }
}
