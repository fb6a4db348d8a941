using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Scalar.AspNetCore;

namespace AccountGov.ServiceDefaults.OpenApi;

/// <summary>
/// A browsable API reference (Scalar) at <c>/scalar</c>, in Development only: production serves the document
/// (<c>/openapi/v1.json</c>) for clients but no UI, so the APIs' attack surface stays JSON. The UI's script is served
/// by the package itself and its web fonts are turned off, so it loads nothing from outside the service.
/// </summary>
public static class ApiReference
{
    public const string Path = "/scalar";

    public static void MapApiReferenceInDevelopment(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment()) return;
        app.MapScalarApiReference(Path, options => options
                .WithTitle($"AccountGov {app.Environment.ApplicationName.Replace("AccountGov.", "").Replace(".Api", "")} API")
                .DisableDefaultFonts()
                .AddPreferredSecuritySchemes(BearerSecurity.Scheme))
            .AllowAnonymous();
    }

    /// <summary>The UI runs its own inline start-up script and styles; everything else keeps <c>default-src 'none'</c>.</summary>
    internal static bool Serves(HttpContext context) =>
        context.Request.Path.StartsWithSegments(Path)
        && context.RequestServices.GetService(typeof(IWebHostEnvironment)) is IWebHostEnvironment { EnvironmentName: "Development" };

    internal const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";
}
