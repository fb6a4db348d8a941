namespace AccountGov.Portal.Frontend;

/// <summary>
/// Headers every Portal response carries. The Content-Security-Policy allows scripts and styles from the Portal
/// only: no inline script, no CDN (the NHS fonts on assets.nhs.uk are refused, so the design system falls back to
/// Arial). Pages are never cached, because they show people's cases and the next person on a shared PC must not
/// see them with the back button.
/// </summary>
public static class SecurityHeaders
{
    public static void UseSecurityHeaders(this WebApplication app)
    {
        var formTargets = FormTargets(app.Configuration);
        var policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; " +
                     $"connect-src 'self'; form-action {formTargets}; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = policy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            if (!context.Request.Path.StartsWithSegments("/nhsuk-frontend") && !context.Request.Path.StartsWithSegments("/assets")
                && !context.Request.Path.StartsWithSegments("/chartjs"))
                headers.CacheControl = "no-store";
            return next(context);
        });
    }

    // Signing out posts a form that ends at the OIDC authority's end-session endpoint, so form-action names it.
    private static string FormTargets(IConfiguration configuration) =>
        Uri.TryCreate(configuration["Portal:Oidc:Authority"], UriKind.Absolute, out var authority)
            ? $"'self' {authority.GetLeftPart(UriPartial.Authority)}"
            : "'self'";
}
