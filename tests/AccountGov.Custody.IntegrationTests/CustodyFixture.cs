using AccountGov.Custody.Api;
using AccountGov.Testing;

namespace AccountGov.Custody.IntegrationTests;

/// <summary>Custody in process, on this class's own database and virtual host.</summary>
public class CustodyFixture : IAsyncLifetime
{
    public TestEnvironment Environment { get; private set; } = null!;
    public ServiceHost<CustodyApi> Custody { get; private set; } = null!;

    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        Environment = await TestEnvironment.CreateAsync("custody");
        Custody = new ServiceHost<CustodyApi>(Environment, CustodyModule.ServiceName, Settings);
        _ = Custody.Server;
    }

    public async Task DisposeAsync()
    {
        await Custody.DisposeAsync();
        await Environment.DisposeAsync();
    }
}
