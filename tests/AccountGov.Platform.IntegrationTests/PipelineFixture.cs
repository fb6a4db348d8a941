using AccountGov.AccountRequests.Api;
using AccountGov.Approvals.Api;
using AccountGov.Testing;

namespace AccountGov.Platform.IntegrationTests;

/// <summary>AccountRequests and Approvals in process, on this class's own databases and virtual host.</summary>
public sealed class PipelineFixture : IAsyncLifetime
{
    public TestEnvironment Environment { get; private set; } = null!;
    public ServiceHost<AccountRequestsApi> Requests { get; private set; } = null!;
    public ServiceHost<ApprovalsApi> Approvals { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Environment = await TestEnvironment.CreateAsync("pipeline");
        Requests = new ServiceHost<AccountRequestsApi>(Environment, AccountRequestsModule.ServiceName);
        Approvals = new ServiceHost<ApprovalsApi>(Environment, ApprovalsModule.ServiceName);
        await Task.WhenAll(Requests.StartAsync(), Approvals.StartAsync());
    }

    public async Task DisposeAsync()
    {
        await Requests.DisposeAsync();
        await Approvals.DisposeAsync();
        await Environment.DisposeAsync();
    }
}
