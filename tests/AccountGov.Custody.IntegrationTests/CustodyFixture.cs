using AccountGov.Custody.Api;
using AccountGov.Custody.Api.Accounts;
using AccountGov.Testing;
using Marten;

namespace AccountGov.Custody.IntegrationTests;

/// <summary>Custody in process, on this class's own database, virtual host and KEK file.</summary>
public class CustodyFixture : IAsyncLifetime
{
    public TestEnvironment Environment { get; private set; } = null!;
    public ServiceHost<CustodyApi> Custody { get; private set; } = null!;
    public string KeyFile { get; } = Path.Combine(Path.GetTempPath(), $"accountgov-test-kek-{Guid.NewGuid():N}.json");

    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        Environment = await TestEnvironment.CreateAsync("custody");
        var settings = new Dictionary<string, string?>(Settings) { ["Custody:KeyFile"] = KeyFile };
        Custody = new ServiceHost<CustodyApi>(Environment, CustodyModule.ServiceName, settings);
        _ = Custody.Server;
        // Publishing before the consumer's queue is bound would lose the message: wait for the bus to be ready.
        var probe = Custody.CreateClient();
        await Eventually.True(async () =>
        {
            var ready = await probe.GetStringAsync("/health/ready").ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : "");
            return ready.Contains("\"rabbitmq\":{\"status\":\"Healthy\"");
        }, what: "Custody's bus to be ready");
    }

    /// <summary>What HR handover (issue 6) will do: change a custodian's status on the account stream.</summary>
    public async Task SetCustodianStatus(Guid accountId, string userId, CustodianStatus status)
    {
        await using var session = Custody.Get<IDocumentStore>().LightweightSession();
        session.Events.Append(accountId, new CustodianStatusChanged(accountId, userId, status, "hr-test", "test", DateTimeOffset.UtcNow));
        await session.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        await Custody.DisposeAsync();
        await Environment.DisposeAsync();
        File.Delete(KeyFile);
    }
}

public sealed class RateLimitedCustodyFixture : CustodyFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Custody:RevealRateLimit:PermitLimit"] = "3",
        ["Custody:RevealRateLimit:Window"] = "00:10:00",
    };
}

public sealed class ShortBreakGlassCustodyFixture : CustodyFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Custody:BreakGlass:Window"] = "00:00:02",
    };
}
