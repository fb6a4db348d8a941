using AccountGov.AccountRequests.Api;
using AccountGov.Approvals.Api;
using AccountGov.Custody.Api;
using AccountGov.Testing;
using Refit;

namespace AccountGov.Journeys.IntegrationTests;

/// <summary>The three services in process on one virtual host, each on its own database, as `make up` runs them.</summary>
public sealed class SystemFixture : IAsyncLifetime
{
    public TestEnvironment Environment { get; private set; } = null!;
    public ServiceHost<AccountRequestsApi> Requests { get; private set; } = null!;
    public ServiceHost<ApprovalsApi> Approvals { get; private set; } = null!;
    public ServiceHost<CustodyApi> Custody { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Environment = await TestEnvironment.CreateAsync("journeys");
        Requests = new ServiceHost<AccountRequestsApi>(Environment, AccountRequestsModule.ServiceName);
        Approvals = new ServiceHost<ApprovalsApi>(Environment, ApprovalsModule.ServiceName);
        Custody = new ServiceHost<CustodyApi>(Environment, CustodyModule.ServiceName, CustodySettings());
        await Task.WhenAll(Requests.StartAsync(), Approvals.StartAsync(), Custody.StartAsync());
    }

    /// <summary>A Refit client of <typeparamref name="TApi"/> as the persona, the way the Portal calls the services.</summary>
    public static async Task<TApi> As<TApi, TEntry>(ServiceHost<TEntry> host, string userId, params string[] roles) where TEntry : class =>
        RestService.For<TApi>(await host.ClientFor(userId, roles));

    private static Dictionary<string, string?> CustodySettings() => new()
    {
        ["Custody:KeyFile"] = Path.Combine(Path.GetTempPath(), $"accountgov-kek-{Guid.NewGuid():N}"),
    };

    public async Task DisposeAsync()
    {
        await Requests.DisposeAsync();
        await Approvals.DisposeAsync();
        await Custody.DisposeAsync();
        await Environment.DisposeAsync();
    }
}
