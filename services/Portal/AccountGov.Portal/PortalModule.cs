using AccountGov.Portal.Frontend;
using AccountGov.Portal.Services;
using AccountGov.Portal.SigningIn;
using AccountGov.ServiceDefaults.Health;
using AccountGov.ServiceDefaults.Telemetry;

namespace AccountGov.Portal;

/// <summary>
/// The Portal: Razor Pages, sign-in, the services' Refit clients and the browser-facing security headers.
/// It has no database: every fact it shows comes from a service, with the signed-in person's own token.
/// </summary>
public static class PortalModule
{
    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        builder.AddStructuredLogging();
        builder.AddTelemetry();
        builder.Services.AddAccountGovHealthChecks();
        builder.AddPortalSignIn();
        builder.AddSharedKeysIfConfigured();
        builder.Services.AddServiceClients(builder.Configuration);
        builder.Services.Configure<Pages.Custody.RevealOptions>(builder.Configuration.GetSection("Portal:Reveal"));
        builder.Services.AddRouting(o => o.LowercaseUrls = true);
        builder.Services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.AllowAnonymousToFolder("/SignIn");
            o.Conventions.AllowAnonymousToPage("/Error");
        });
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "accountgov.antiforgery";
            // Anti-forgery refuses to run over plain HTTP with a Secure-only cookie, and `make up` serves plain
            // HTTP on localhost; everywhere else the Portal is behind TLS and the cookie is Secure.
            o.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        return builder;
    }

    public static WebApplication MapPortal(this WebApplication app)
    {
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error", "?code={0}");
        app.UseSecurityHeaders();
        app.UseFrontendAssets();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapAccountGovHealthChecks();
        app.MapRazorPages();
        return app;
    }
}

/// <summary>A type in the Portal's assembly, so tests can host it with WebApplicationFactory.</summary>
public sealed class PortalApp;
