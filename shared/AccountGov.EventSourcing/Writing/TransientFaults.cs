using System.Net.Sockets;
using Npgsql;
using Polly;
using Polly.Retry;

namespace AccountGov.EventSourcing.Writing;

/// <summary>
/// Faults that say nothing about the work itself: a connection reset, a refused connection, a failover, a
/// serialisation failure. Work that is idempotent (an HR row keyed by its eventId) is retried through them rather
/// than reported as failed, since a reset can even come after the commit landed.
/// </summary>
public static class TransientFaults
{
    public static bool Is(Exception? ex) => ex switch
    {
        null => false,
        NpgsqlException npgsql when npgsql.IsTransient => true,
        // The server ended a transaction left idle past idle_in_transaction_session_timeout (LeaderLiveness's few
        // seconds, there to free a hung leader's lock), which a process starved of CPU can also hit mid-commit.
        // The transaction was rolled back, so the work is as if never tried.
        PostgresException { SqlState: "25P03" } => true, // idle_in_transaction_session_timeout
        IOException or SocketException or TimeoutException => true,
        _ => Is(ex.InnerException),
    };

    /// <summary>About 20 seconds of exponential, jittered retries: long enough for a reset or a failover.</summary>
    public static ResiliencePipeline Retry(int attempts = 8) => new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(Is),
            MaxRetryAttempts = attempts,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(200),
            MaxDelay = TimeSpan.FromSeconds(5),
        })
        .Build();
}
