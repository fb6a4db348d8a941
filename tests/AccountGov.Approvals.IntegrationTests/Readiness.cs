using AccountGov.Testing;

namespace AccountGov.Approvals.IntegrationTests;

public static class Readiness
{
    /// <summary>
    /// Waits for /health/ready: the database is reachable and every receive endpoint is bound on the broker.
    /// Publishing earlier could reach an exchange with no queue bound yet, and the message would be dropped.
    /// </summary>
    public static Task WaitUntilReady<T>(this ServiceHost<T> host) where T : class
    {
        var client = host.CreateClient();
        return Eventually.True(async () => (await client.GetAsync("/health/ready")).IsSuccessStatusCode, what: $"{host.ServiceName} to be ready");
    }
}
