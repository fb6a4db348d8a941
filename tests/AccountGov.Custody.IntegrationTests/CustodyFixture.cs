using AccountGov.Custody.Api;
using AccountGov.Custody.Api.Accounts;
using AccountGov.EventSourcing.Writing;
using AccountGov.Testing;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AccountGov.Custody.IntegrationTests;

/// <summary>Custody in process, on this class's own database, virtual host and KEK file.</summary>
public class CustodyFixture : IAsyncLifetime
{
    public TestEnvironment Environment { get; private set; } = null!;
    public ServiceHost<CustodyApi> Custody { get; private set; } = null!;
    public string KeyFile { get; } = Path.Combine(Path.GetTempPath(), $"accountgov-test-kek-{Guid.NewGuid():N}.json");

    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected virtual ServiceHost<CustodyApi> CreateHost(Dictionary<string, string?> settings) =>
        new(Environment, CustodyModule.ServiceName, settings);

    public async Task InitializeAsync()
    {
        Environment = await TestEnvironment.CreateAsync("custody");
        var settings = new Dictionary<string, string?>(Settings) { ["Custody:KeyFile"] = KeyFile };
        Custody = CreateHost(settings);
        _ = Custody.Server;
        await Custody.WaitForBusAsync();
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

/// <summary>
/// Custody on a clock the test moves forward, for expiry without sleeping. It starts at the real now and only moves
/// when told, never back, so a class using it moves it once, after making its clients (tokens are checked on real time).
/// </summary>
public sealed class ClockedCustodyFixture : CustodyFixture
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override ServiceHost<CustodyApi> CreateHost(Dictionary<string, string?> settings) =>
        new ClockedHost(Environment, settings, Clock);

    private sealed class ClockedHost(TestEnvironment environment, Dictionary<string, string?> settings, FakeTimeProvider clock)
        : ServiceHost<CustodyApi>(environment, CustodyModule.ServiceName, settings)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock));
        }
    }
}
