using AccountGov.ServiceDefaults.Validation;
using AccountGov.EventSourcing.Consuming;
using MassTransit;
using Marten;
using Registered = AccountGov.Custody.Contracts.AccountRegistered;

namespace AccountGov.AccountRequests.Api.Requests.Uniqueness;

/// <summary>
/// A handle the register holds, as Custody published it: this service's copy of the register's keys, so a request
/// for an account that already exists (an imported one included) is refused without calling Custody.
/// </summary>
public sealed record RegisteredHandle(Guid Id, string Key, Guid RequestId, string Platform, string Handle);

/// <summary>Keeps <see cref="RegisteredHandle"/> from Custody's AccountRegistered; a redelivery stores the same row.</summary>
public sealed class AccountRegisteredConsumer(IDocumentSession session, TimeProvider clock, ILogger<AccountRegisteredConsumer> logger)
    : IdempotentConsumer<Registered>(session, clock, logger)
{
    protected override Task Handle(Registered m, ConsumeContext<Registered> context)
    {
        Session.Store(new RegisteredHandle(m.AccountId, HandleKey.Of(m.Platform, m.Handle), m.RequestId, m.Platform, m.Handle));
        return Task.CompletedTask;
    }
}
