using System.Security.Cryptography;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AccountGov.Custody.Api.Credentials.Keys;

/// <summary>
/// Readiness includes the KEK: a throwaway key is wrapped and unwrapped, so a KMS outage or a broken key file
/// takes the replica out of rotation before a deposit or reveal fails. Says nothing about the keys themselves.
/// </summary>
internal sealed class KeyProviderHealthCheck(IKeyEncryptionKeyProvider keys) : IHealthCheck
{
    private static readonly byte[] Context = "accountgov/custody/health/v1"u8.ToArray();

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var probe = RandomNumberGenerator.GetBytes(32);
        try
        {
            var wrapped = await keys.WrapAsync(probe, Context, ct);
            var unwrapped = await keys.UnwrapAsync(wrapped, Context, ct);
            return CryptographicOperations.FixedTimeEquals(probe, unwrapped)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The key-encryption key did not round-trip.");
        }
        catch (Exception)
        {
            return HealthCheckResult.Unhealthy("The key-encryption key provider is unavailable.");
        }
    }
}
