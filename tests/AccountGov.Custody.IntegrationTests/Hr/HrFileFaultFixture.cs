using AccountGov.Custody.Api;
using AccountGov.Custody.IntegrationTests.Handovers;
using AccountGov.Testing;
using Npgsql;

namespace AccountGov.Custody.IntegrationTests.Hr;

/// <summary>
/// Custody reaching its database through a <see cref="FaultProxy"/>, so a test can reset connections while a file
/// is applied without touching the shared server; uploads are limited to 300 KB so a too-large file is cheap to send.
/// </summary>
public sealed class HrFileFaultFixture : IAsyncLifetime
{
    public TestEnvironment Environment { get; private set; } = null!;
    public HandoverHost Custody { get; private set; } = null!;
    public FaultProxy Database { get; private set; } = null!;
    public string DirectConnection { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Environment = await TestEnvironment.CreateAsync("hrfaults");
        DirectConnection = Environment.DatabaseFor(CustodyModule.ServiceName);
        var direct = new NpgsqlConnectionStringBuilder(DirectConnection);
        Database = FaultProxy.Start(direct.Host!, direct.Port);
        var proxied = new NpgsqlConnectionStringBuilder(DirectConnection) { Host = "127.0.0.1", Port = Database.Port };
        Custody = new HandoverHost(Environment, new Handovers.ShiftableClock(), new Dictionary<string, string?>
        {
            ["ConnectionStrings:EventStore"] = proxied.ConnectionString,
            ["Custody:KeyFile"] = Path.Combine(Path.GetTempPath(), $"{Environment.Name}-kek.json"),
            ["Hr:Batch:InlineRowLimit"] = "20",
            ["Input:BodyLimits:UploadBytes"] = "300000",
        });
        _ = Custody.Server;
        await Custody.WaitForBusAsync();
    }

    public async Task DisposeAsync()
    {
        await Custody.DisposeAsync();
        await Database.DisposeAsync();
        await Environment.DisposeAsync();
        File.Delete(Path.Combine(Path.GetTempPath(), $"{Environment.Name}-kek.json"));
    }
}
