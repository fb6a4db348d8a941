using AccountGov.EventSourcing.Consuming;
using AccountGov.EventSourcing.Forwarding;
using AccountGov.EventSourcing.Idempotency;
using AccountGov.EventSourcing.Metrics;
using AccountGov.ServiceDefaults.Health;
using JasperFx;
using JasperFx.Events.Daemon;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Weasel.Core;

namespace AccountGov.EventSourcing.Marten;

public static class MartenSetup
{
    /// <summary>
    /// The house Marten conventions: one database per service (created on first start), System.Text.Json with
    /// string enums, the async daemon in HotCold so replicas are safe, and advisory locks taken in a transaction.
    /// </summary>
    public static MartenServiceCollectionExtensions.MartenConfigurationExpression AddAccountGovMarten(
        this WebApplicationBuilder builder, Action<StoreOptions> configure)
    {
        var configured = builder.Configuration.GetConnectionString("EventStore");
        if (string.IsNullOrWhiteSpace(configured))
            throw new InvalidOperationException("ConnectionStrings:EventStore must name this service's PostgreSQL database.");
        var connectionString = CapPool(LeaderLiveness.Apply(configured));

        builder.Services.AddHealthChecks()
            .AddCheck("postgres", new PostgresHealthCheck(connectionString), tags: [HealthSetup.Ready])
            .AddCheck<ForwarderDeadLetterHealthCheck>("forwarder-dead-letters", tags: [HealthSetup.Ready]);
        builder.Services.AddStoreGauges();

        return builder.Services.AddMarten(opts =>
            {
                opts.Connection(connectionString);
                ApplyConventions(opts, connectionString, builder.Configuration.GetValue("EventStore:ListenNotify", true));
                configure(opts);
            })
            .UseLightweightSessions()
            .BuildSessionsWith<TracingSessionFactory>()
            .ApplyAllDatabaseChangesOnStartup()
            .AddAsyncDaemon(DaemonMode.HotCold);
    }

    /// <summary>
    /// One PostgreSQL server's connections are shared by every service and replica on it (Debian's default is 100;
    /// deploy/local raises it to 300). With Npgsql's default pool of 100 per service, a burst of reads kept opening
    /// connections until the server refused them (issue 16's bench: "Failed to connect", 5xx under nominal load).
    /// Fifty per process keeps five services within 300 even at full pools (pools grow only under load, so two
    /// replicas of each fit in practice); a burst beyond it waits in the pool. Twenty was tried and timed out
    /// Custody's reads under the bench's nominal load. A configured size (Maximum Pool Size) wins.
    /// </summary>
    public static string CapPool(string connectionString, int maxPoolSize = 50)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        if (connectionString.Contains("Pool Size", StringComparison.OrdinalIgnoreCase)) return connectionString;
        settings.MaxPoolSize = maxPoolSize;
        return settings.ConnectionString;
    }

    public static void ApplyConventions(StoreOptions opts, string connectionString, bool listenNotify = true)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString);
        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres" };
        opts.CreateDatabasesForTenants(c =>
        {
            c.MaintenanceDatabase(maintenance.ConnectionString);
            c.ForTenant().CheckAgainstPgDatabase().WithOwner(database.Username ?? "postgres");
        });

        opts.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
        opts.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;

        // First needed because the upstream DistributedLock.Postgres 1.3.1 never took the HotCold lock; the registry's
        // 1.3.3 fixed that, but fast failover now depends on it: a transaction-scoped lock leaves the leader's session
        // idle in transaction, which idle_in_transaction_session_timeout ends when the leader hangs (LeaderLiveness).
        // A session lock would sit in a plain idle session, which none of our timeouts ends, and a frozen leader keeps it.
        opts.Events.UseAdvisoryLockTransaction = true;
        // See LeaderLiveness: a monitored lock would sit in pg_sleep, where a dead holder goes unnoticed for a minute.
        opts.Events.UseMonitoredAdvisoryLock = false;
        // A standby asks for the daemon's lock every second, so a released lock is taken over in ~1 s, not ~5 s.
        opts.Projections.LeadershipPollingTime = (int)LeaderLiveness.LeadershipPolling.TotalMilliseconds;
        // Wake the daemon on commit instead of waiting for its poll (250 ms busy, 1 s idle): every append also runs
        // pg_notify('mt_events_appended'), and the high-water agent LISTENs on that channel, polling only as a safety
        // net. One flow's hop went from ~950 ms to ~200 ms on a loaded machine (bench/readme.md, P2). EventStore:ListenNotify=false
        // turns it off, e.g. to measure the difference.
        opts.Events.UseListenNotifyForEventAppends = listenNotify;
        opts.Events.MetadataConfig.HeadersEnabled = true;
        opts.Events.MetadataConfig.CorrelationIdEnabled = true;
        opts.Events.MetadataConfig.UserNameEnabled = true;

        opts.Schema.For<ProcessedMessage>().Identity(m => m.Id);
        opts.Schema.For<IdempotentResponse>().Identity(r => r.Id);
    }
}
