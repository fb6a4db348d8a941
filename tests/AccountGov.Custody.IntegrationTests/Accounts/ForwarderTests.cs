using System.Collections.Concurrent;
using AccountGov.Testing;
using MassTransit;
using Contracts = AccountGov.Custody.Contracts;

namespace AccountGov.Custody.IntegrationTests.Accounts;

public class ForwarderTests(CustodyFixture fixture) : IClassFixture<CustodyFixture>
{
    [Fact]
    public async Task GivenARegistrationAndADeposit_WhenCommitted_ThenTheirContractsArePublishedOnTheBus()
    {
        var received = new ConcurrentQueue<object>();
        using var _ = fixture.Custody.Get<IBus>().ConnectPublishObserver(new Observer(received));

        var account = await Register.AccountAsync(fixture.Custody, "@forwarded");
        await Vault.Deposit(await fixture.Custody.ClientFor(Personas.Carl, "Staff"), account.Id, "Forwarded-Pw");

        var rotated = await Eventually.Get(() => Task.FromResult(received.OfType<Contracts.CredentialRotated>().FirstOrDefault(m => m.AccountId == account.Id)),
            what: "CredentialRotated on the bus");
        var registered = received.OfType<Contracts.AccountRegistered>().Single(m => m.AccountId == account.Id);
        Assert.Equal(account.RequestId, registered.RequestId);
        Assert.Equal(["carl", "dina"], registered.Custodians.Select(c => c.UserId));
        Assert.Equal(1, rotated.Version);
        Assert.Equal("carl", rotated.StoredBy);
        Assert.True(rotated.PasswordChanged);
    }

    [Fact]
    public async Task GivenABreakGlassRequest_WhenCommitted_ThenTheOtherOfficersCanBeToldWithoutTheReason()
    {
        var received = new ConcurrentQueue<object>();
        using var _ = fixture.Custody.Get<IBus>().ConnectPublishObserver(new Observer(received));

        var account = await Register.AccountAsync(fixture.Custody, "@forwardedbreakglass");
        var opened = await BreakGlass.BreakGlassTests.Open(await fixture.Custody.ClientFor(Personas.Beth, "BusinessDevelopment"), account.Id);

        var requested = await Eventually.Get(() => Task.FromResult(received.OfType<Contracts.BreakGlassRequested>().FirstOrDefault(m => m.AccountId == account.Id)),
            what: "BreakGlassRequested on the bus");
        Assert.Equal(opened.Id, requested.BreakGlassId);
        Assert.Equal(Personas.Beth, requested.OpenedBy);
    }

    private sealed class Observer(ConcurrentQueue<object> received) : IPublishObserver
    {
        public Task PrePublish<T>(PublishContext<T> context) where T : class => Task.CompletedTask;
        public Task PostPublish<T>(PublishContext<T> context) where T : class
        {
            received.Enqueue(context.Message);
            return Task.CompletedTask;
        }
        public Task PublishFault<T>(PublishContext<T> context, Exception exception) where T : class => Task.CompletedTask;
    }
}
