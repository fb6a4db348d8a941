using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AccountGov.EventSourcing.Idempotency;

/// <summary>
/// Remembered responses are kept for "Idempotency:Retention" (24 hours by default): long enough for any client's
/// retries, short enough that the table does not grow with every request ever made. A retry after that creates
/// anew, as the readme says. The purge is one idempotent DELETE, so every replica may run it.
/// </summary>
public sealed class IdempotencyExpiry(IDocumentStore store, TimeProvider clock, IConfiguration configuration, ILogger<IdempotencyExpiry> logger)
    : BackgroundService
{
    public TimeSpan Retention { get; } = configuration.GetValue("Idempotency:Retention", TimeSpan.FromHours(24));

    public async Task PurgeOnce(CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow() - Retention;
        await using var session = store.LightweightSession();
        session.DeleteWhere<IdempotentResponse>(r => r.RecordedAt < cutoff);
        await session.SaveChangesAsync(ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        do
        {
            try
            {
                await PurgeOnce(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning("Expired idempotency records could not be purged: {Error}", ex.GetType().Name);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

public static class IdempotencySetup
{
    /// <summary>For a service with idempotent routes: keeps their remembered responses for the retention only.</summary>
    public static IServiceCollection AddIdempotencyExpiry(this IServiceCollection services) =>
        services.AddSingleton<IdempotencyExpiry>().AddHostedService(sp => sp.GetRequiredService<IdempotencyExpiry>());
}
