using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace AccountGov.EventSourcing.Marten;

internal sealed class PostgresHealthCheck(string connectionString) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand("select 1", connection);
            await command.ExecuteScalarAsync(ct);
            return HealthCheckResult.Healthy();
        }
        catch (Exception)
        {
            // The exception text can hold the connection string; say only that it is unreachable.
            return HealthCheckResult.Unhealthy("PostgreSQL is unreachable.");
        }
    }
}
