using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using AccountGov.ServiceDefaults.OpenApi;
using Microsoft.Net.Http.Headers;

namespace AccountGov.ServiceDefaults.Security;

/// <summary>
/// Headers on every response. Almost every API answer names staff or accounts, so no response may be kept by a
/// browser or proxy (no-store: the few that carry nothing personal gain nothing from a cache either); the APIs are
/// never framed or sniffed, and send no referrer or server banner.
/// </summary>
public static class SecurityHeaders
{
    public static void AddSecurityHeaders(this WebApplicationBuilder builder) =>
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

    public static void UseSecurityHeaders(this WebApplication app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy = ApiReference.Serves(context)
                ? ApiReference.ContentSecurityPolicy
                : "default-src 'none'; frame-ancestors 'none'";
            headers["Referrer-Policy"] = "no-referrer";
            headers.Remove(HeaderNames.Server);
            headers.CacheControl = "no-store";
            headers.Pragma = "no-cache";
            return Task.CompletedTask;
        });
        return next(context);
    });
}
