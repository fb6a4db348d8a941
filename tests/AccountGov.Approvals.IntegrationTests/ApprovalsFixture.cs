using System.Collections.Concurrent;
using AccountGov.Approvals.Api;
using AccountGov.Approvals.Contracts;
using AccountGov.Testing;
using MassTransit;

namespace AccountGov.Approvals.IntegrationTests;

/// <summary>
/// Approvals in process on this class's database and virtual host, plus a listener bus on the same virtual host
/// standing in for AccountRequests and Custody: it records every outcome message Approvals publishes.
/// </summary>
public sealed class ApprovalsFixture : IAsyncLifetime
{
    public TestEnvironment Environment { get; private set; } = null!;
    public ServiceHost<ApprovalsApi> Approvals { get; private set; } = null!;
    public ConcurrentQueue<(Guid? MessageId, object Message)> Published { get; } = new();
    private IBusControl listener = null!;

    public async Task InitializeAsync()
    {
        Environment = await TestEnvironment.CreateAsync("approvals");
        Approvals = new ServiceHost<ApprovalsApi>(Environment, ApprovalsModule.ServiceName);
        await Approvals.WaitUntilReady();

        var settings = Environment.SettingsFor("listener");
        listener = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(settings["RabbitMq:Host"], ushort.Parse(settings["RabbitMq:Port"]!), Environment.VirtualHost, h =>
            {
                h.Username(settings["RabbitMq:Username"]!);
                h.Password(settings["RabbitMq:Password"]!);
            });
            cfg.ReceiveEndpoint("approvals-tests-listener", e =>
            {
                e.Handler<AccountRequestApproved>(ctx => Record(ctx, ctx.Message));
                e.Handler<AccountRequestRejected>(ctx => Record(ctx, ctx.Message));
                e.Handler<ChangesRequested>(ctx => Record(ctx, ctx.Message));
                e.Handler<SponsorReplaced>(ctx => Record(ctx, ctx.Message));
                e.Handler<DpiaChangesRequested>(ctx => Record(ctx, ctx.Message));
            });
        });
        await listener.StartAsync();
    }

    private Task Record(ConsumeContext context, object message)
    {
        Published.Enqueue((context.MessageId, message));
        return Task.CompletedTask;
    }

    public IEnumerable<T> PublishedFor<T>(Guid requestId, Func<T, Guid> id) =>
        Published.Select(p => p.Message).OfType<T>().Where(m => id(m) == requestId);

    public async Task DisposeAsync()
    {
        await listener.StopAsync();
        await Approvals.DisposeAsync();
        await Environment.DisposeAsync();
    }
}
