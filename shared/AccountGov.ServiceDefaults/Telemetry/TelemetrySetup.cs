using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace AccountGov.ServiceDefaults.Telemetry;

public static class TelemetrySetup
{
    /// <summary>The activity source and meter names the services emit on, besides the libraries' own.</summary>
    public const string AccountGovSource = "AccountGov";

    /// <summary>The log timestamp: UTC, milliseconds, ISO 8601.</summary>
    public const string IsoTimestamp = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static void AddTelemetry(this WebApplicationBuilder builder)
    {
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(builder.Environment.ApplicationName))
            .WithTracing(t => t
                .AddSource(AccountGovSource, "MassTransit", "Marten")
                .AddAspNetCoreInstrumentation(o => o.Filter = ctx => !ctx.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                .AddNpgsql())
            .WithMetrics(m => m
                .AddMeter(AccountGovSource, "MassTransit", "Marten")
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation());

        // Export only when a collector is configured (OTEL_EXPORTER_OTLP_ENDPOINT), as in production.
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
            otel.UseOtlpExporter();
    }

    public static void AddStructuredLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        // JSON lines: fields stay fields. Scopes carry trace ids, never request bodies or headers.
        builder.Logging.AddJsonConsole(o =>
        {
            o.IncludeScopes = true;
            o.UseUtcTimestamp = true;
            // ISO 8601 exactly (no trailing space), so log shippers parse it as a time, not a string.
            o.TimestampFormat = IsoTimestamp;
        });
        builder.Logging.Configure(o => o.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
    }
}
