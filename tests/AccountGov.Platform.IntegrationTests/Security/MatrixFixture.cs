using AccountGov.AccountRequests.Api;
using AccountGov.Approvals.Api;
using AccountGov.Custody.Api;
using AccountGov.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AccountGov.Platform.IntegrationTests.Security;

/// <summary>The three APIs in process on one environment, for the authorization matrix.</summary>
public sealed class MatrixFixture : IAsyncLifetime
{
    private readonly string keyFile = Path.Combine(Path.GetTempPath(), $"accountgov-matrix-kek-{Guid.NewGuid():N}.json");
    private TestEnvironment environment = null!;
    private readonly Dictionary<string, Func<string, string[], Task<HttpClient>>> clients = [];
    private readonly Dictionary<string, Func<HttpClient>> anonymous = [];
    private readonly List<IAsyncDisposable> hosts = [];

    public async Task InitializeAsync()
    {
        environment = await TestEnvironment.CreateAsync("matrix");
        Add("AccountRequests", new ServiceHost<AccountRequestsApi>(environment, AccountRequestsModule.ServiceName));
        Add("Approvals", new ServiceHost<ApprovalsApi>(environment, ApprovalsModule.ServiceName));
        Add("Custody", new ServiceHost<CustodyApi>(environment, CustodyModule.ServiceName, new Dictionary<string, string?>
        {
            ["Custody:KeyFile"] = keyFile,
            ["Custody:Clock:IntervalSeconds"] = "86400",
        }));
        await Task.CompletedTask;
    }

    private void Add<T>(string service, ServiceHost<T> host) where T : class
    {
        clients[service] = host.ClientFor;
        anonymous[service] = () => host.CreateClient();
        hosts.Add(host);
    }

    public Task<HttpClient> ClientFor(string service, string userId, params string[] roles) => clients[service](userId, roles);

    public HttpClient Anonymous(string service) => anonymous[service]();

    public async Task DisposeAsync()
    {
        foreach (var host in hosts) await host.DisposeAsync();
        await environment.DisposeAsync();
        File.Delete(keyFile);
    }
}
