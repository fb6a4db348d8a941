using AccountGov.AccountRequests.Api.Outbound;
using AccountGov.AccountRequests.Api.Requests;
using AccountGov.AccountRequests.Api.Requests.Reading;
using AccountGov.AccountRequests.Api.Requests.Submitting;
using AccountGov.EventSourcing.Marten;
using AccountGov.EventSourcing.Messaging;
using JasperFx.Events.Projections;
using Marten;

namespace AccountGov.AccountRequests.Api;

public static class AccountRequestsModule
{
    public const string ServiceName = "account-requests";

    public static void AddAccountRequests(this WebApplicationBuilder builder)
    {
        builder.AddAccountGovMarten(opts =>
            {
                opts.Projections.Snapshot<AccountRequest>(SnapshotLifecycle.Inline);
            })
            .AddSubscriptionWithServices<AccountRequestsForwarder>(ServiceLifetime.Singleton,
                o => AccountRequestsForwarder.Subscribe(o));
        builder.AddAccountGovBus(ServiceName, _ => { });
    }

    public static void MapAccountRequests(this WebApplication app)
    {
        var requests = app.MapGroup("/requests").WithTags("Requests");
        requests.MapSubmitRequest();
        requests.MapGetRequest();
    }
}

/// <summary>Marks the entry assembly for WebApplicationFactory without the ambiguity of several Program types.</summary>
public sealed class AccountRequestsApi;
