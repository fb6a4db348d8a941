using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using AccountGov.ServiceDefaults.Time;
using Microsoft.Extensions.Logging;

namespace AccountGov.EventSourcing.Idempotency;

/// <summary>
/// Remembered responses are kept for "Idempotency:Retention" (24 hours by default): long enough for any client's
/// retries, short enough that the table does not grow with every request ever made. A retry after that creates
/// anew, as the readme says. The purge is one idempotent DELETE, so every replica may run it.
/// </summary>
public sealed class IdempotencyExpiry(IDocumentStore store, TimeProvider clock, IConfiguration configuration, ILogger<IdempotencyExpiry> logger)
    : PeriodicWork(clock, logger)
{
    public TimeSpan Retention { get; } = configuration.GetValue("Idempotency:Retention", TimeSpan.FromHours(24));

    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override string Name => "Purging expired idempotency records";

    public override async Task RunOnce(CancellationToken ct)
    {
        var cutoff = Clock.GetUtcNow() - Retention;
        await using var session = store.LightweightSession();
        session.DeleteWhere<IdempotentResponse>(r => r.RecordedAt < cutoff);
        await session.SaveChangesAsync(ct);
    }
}

public static class IdempotencySetup
{
    /// <summary>For a service with idempotent routes: keeps their remembered responses for the retention only.</summary>
    public static IServiceCollection AddIdempotencyExpiry(this IServiceCollection services) =>
        services.AddSingleton<IdempotencyExpiry>().AddHostedService(sp => sp.GetRequiredService<IdempotencyExpiry>());
}
