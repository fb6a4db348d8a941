using AccountGov.ServiceDefaults.Auth;
using AccountGov.ServiceDefaults.Errors;
using AccountGov.ServiceDefaults.Health;
using AccountGov.ServiceDefaults.Input;
using AccountGov.ServiceDefaults.Security;
using AccountGov.ServiceDefaults.OpenApi;
using AccountGov.ServiceDefaults.Telemetry;
using AccountGov.ServiceDefaults.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using System.Text.Json.Serialization;

namespace AccountGov.ServiceDefaults;

/// <summary>
/// What every AccountGov service shares: identity, errors, the input policy, hardening headers, health, telemetry,
/// OpenAPI, resilient HTTP clients.
/// </summary>
public static class ServiceDefaultsExtensions
{
    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder)
    {
        builder.AddStructuredLogging();
        builder.AddTelemetry();
        builder.AddAccountGovAuthentication();
        builder.AddProblemDetailsForEveryError();
        builder.AddInputPolicy();
        builder.AddSecurityHeaders();
        builder.Services.AddAccountGovHealthChecks();
        builder.Services.AddOpenApi(o => o.AddBearerSecurity().AddProblemResponses().AddIfMatch());
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddBusinessCalendar(builder.Configuration);
        builder.Services.Configure<JsonOptions>(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));

        // Every HttpClient (and so every Refit client) gets retries, timeouts and a circuit breaker.
        builder.Services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());
        return builder;
    }

    public static WebApplication MapServiceDefaults(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseInputPolicy();
        app.MapOpenApi().AllowAnonymous();
        app.MapApiReferenceInDevelopment();
        app.MapAccountGovHealthChecks();
        if (app.Services.GetService<DevSigningKey>() is not null)
            app.MapDevelopmentTokenIssuer();
        return app;
    }
}
