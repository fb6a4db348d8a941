using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Accounts.Reading;
using AccountGov.Custody.Api.Handovers;
using AccountGov.Custody.Api.Inbound;
using AccountGov.Custody.Api.Outbound;
using AccountGov.EventSourcing.Marten;
using AccountGov.EventSourcing.Messaging;
using JasperFx.Events.Projections;
using Marten;

namespace AccountGov.Custody.Api;

public static class CustodyModule
{
    public const string ServiceName = "custody";

    public static void AddCustody(this WebApplicationBuilder builder)
    {
        var marten = builder.AddAccountGovMarten(opts =>
            {
                opts.Projections.Snapshot<Account>(SnapshotLifecycle.Inline);
                opts.AddHandovers(); // issue 6
            })
            .AddSubscriptionWithServices<CustodyForwarder>(ServiceLifetime.Singleton, o => CustodyForwarder.Subscribe(o));
        builder.AddHandovers(marten); // issue 6: HR intake, handovers, their clock and forwarder
        builder.AddAccountGovBus(ServiceName, x => x.AddConsumer<AccountRequestApprovedConsumer>());
    }

    public static void MapCustody(this WebApplication app)
    {
        var accounts = app.MapGroup("/accounts").WithTags("Accounts");
        accounts.MapListAccounts();
        accounts.MapGetAccount();
        app.MapHandovers(); // issue 6
    }
}

/// <summary>Marks the entry assembly for WebApplicationFactory without the ambiguity of several Program types.</summary>
public sealed class CustodyApi;
