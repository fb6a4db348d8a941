using Npgsql;

namespace AccountGov.EventSourcing.Marten;

/// <summary>
/// The forwarder runs on whichever replica holds the HotCold daemon's advisory lock, and PostgreSQL releases that
/// lock only when the holder's session ends. The lock is transaction-scoped (UseAdvisoryLockTransaction), so while
/// held its session sits idle in transaction. Three settings on every session of the event store bound how long a
/// dead or hung holder keeps it:
/// <list type="bullet">
/// <item>killed (-9): its socket closes and PostgreSQL ends an idle session at once; during a running query it
/// notices within <c>client_connection_check_interval</c> (1 s).</item>
/// <item>hung (frozen, or cut off by a partition): the socket stays open, so PostgreSQL ends the session once it has
/// been idle in transaction for <see cref="IdleInTransactionTimeout"/>, while a live replica keeps each open
/// session busy with Npgsql's keepalive query every <see cref="Keepalive"/>.</item>
/// </list>
/// The lock is not monitored (UseMonitoredAdvisoryLock = false): with Npgsql keepalive on, DistributedLock's monitor
/// falls back to a minute-long pg_sleep on the lock's session, during which neither a kill nor a hang is noticed.
/// Measured in ForwarderFailoverTests: another replica forwards 4.5 s after a kill and 5.5 s after a hang.
/// Settings already in the connection string win.
/// </summary>
public static class LeaderLiveness
{
    public static readonly TimeSpan Keepalive = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan IdleInTransactionTimeout = TimeSpan.FromSeconds(4);
    public static readonly TimeSpan ClientCheckInterval = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan LeadershipPolling = TimeSpan.FromSeconds(1);

    public static string Apply(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        if (settings.KeepAlive == 0) settings.KeepAlive = (int)Keepalive.TotalSeconds;
        settings.Options = WithDefault(settings.Options, "idle_in_transaction_session_timeout", IdleInTransactionTimeout);
        settings.Options = WithDefault(settings.Options, "client_connection_check_interval", ClientCheckInterval);
        return settings.ConnectionString;
    }

    private static string WithDefault(string? options, string setting, TimeSpan value) =>
        options?.Contains(setting) == true ? options : $"{options} -c {setting}={(int)value.TotalMilliseconds}".Trim();
}
