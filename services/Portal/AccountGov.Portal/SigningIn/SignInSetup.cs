using AccountGov.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace AccountGov.Portal.SigningIn;

/// <summary>Bound from "Portal:Oidc": the authority the services already trust, and the Portal's client there.</summary>
public sealed class OidcSettings
{
    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    /// <summary>Scopes beyond openid and profile, e.g. the API scope whose tokens carry the "accountgov" audience.</summary>
    public string[] Scopes { get; set; } = [];
}

/// <summary>
/// A cookie session in both environments. Production signs in with OpenID Connect (code flow with PKCE); Development
/// with the persona picker. Either way the access token lives inside the session cookie, which is encrypted with
/// ASP.NET Core Data Protection, HttpOnly, Secure and SameSite=Lax: the browser holds it but cannot read it, and the
/// Portal forwards it to the services (AccessTokenHandler). It never appears in a page, a URL or a log.
/// </summary>
public static class SignInSetup
{
    public const string SessionCookie = "accountgov.session";

    public static void AddPortalSignIn(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        var oidc = builder.Configuration.GetSection("Portal:Oidc").Get<OidcSettings>() ?? new OidcSettings();
        if (!development && (string.IsNullOrWhiteSpace(oidc.Authority) || string.IsNullOrWhiteSpace(oidc.ClientId)))
            throw new InvalidOperationException("Portal:Oidc:Authority and Portal:Oidc:ClientId must be set outside Development.");

        var authentication = builder.Services.AddAuthentication(o =>
        {
            o.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            o.DefaultChallengeScheme = development ? CookieAuthenticationDefaults.AuthenticationScheme : OpenIdConnectDefaults.AuthenticationScheme;
        });
        authentication.AddCookie(c =>
        {
            c.Cookie.Name = SessionCookie;
            c.Cookie.HttpOnly = true;
            c.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            c.Cookie.SameSite = SameSiteMode.Lax;
            c.LoginPath = "/sign-in";
            c.LogoutPath = "/sign-out";
            c.AccessDeniedPath = "/error";
            c.ExpireTimeSpan = TimeSpan.FromHours(8);
            c.SlidingExpiration = false;
            c.Events.OnValidatePrincipal = EndWhenTokenExpires;
        });
        if (!development) authentication.AddOpenIdConnect(o => Configure(o, oidc));
        builder.Services.AddAuthorization();
    }

    private static void Configure(OpenIdConnectOptions o, OidcSettings oidc)
    {
        o.Authority = oidc.Authority;
        o.ClientId = oidc.ClientId;
        o.ClientSecret = oidc.ClientSecret;
        o.ResponseType = "code";
        o.UsePkce = true;
        o.SaveTokens = true;
        o.MapInboundClaims = false;
        o.GetClaimsFromUserInfoEndpoint = true;
        o.Scope.Clear();
        foreach (var scope in new[] { "openid", "profile", "email" }.Concat(oidc.Scopes)) o.Scope.Add(scope);
        o.TokenValidationParameters.NameClaimType = AuthClaims.Name;
        o.TokenValidationParameters.RoleClaimType = AuthClaims.Role;
    }

    // The services refuse an expired token, so a session outliving its token would only show errors: end it instead.
    private static async Task EndWhenTokenExpires(CookieValidatePrincipalContext context)
    {
        var expiresAt = context.Properties.GetTokenValue("expires_at");
        if (expiresAt is null || !DateTimeOffset.TryParse(expiresAt, out var expiry) || expiry > DateTimeOffset.UtcNow.AddMinutes(1)) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
