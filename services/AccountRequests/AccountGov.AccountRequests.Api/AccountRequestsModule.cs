using AccountGov.AccountRequests.Api.Requests.Policies;
using AccountGov.EventSourcing.Idempotency;
using AccountGov.AccountRequests.Api.Inbound;
using AccountGov.AccountRequests.Api.Outbound;
using AccountGov.AccountRequests.Api.Requests;
using AccountGov.AccountRequests.Api.Requests.AttachingDpia;
using AccountGov.AccountRequests.Api.Requests.Reading;
using AccountGov.AccountRequests.Api.Requests.Revising;
using AccountGov.AccountRequests.Api.Requests.Screening;
using AccountGov.AccountRequests.Api.Requests.Submitting;
using AccountGov.AccountRequests.Api.Requests.Uniqueness;
using AccountGov.AccountRequests.Api.Requests.Withdrawing;
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
                opts.Schema.For<AccountRequest>()
                    .Index(r => r.Status).Index(r => r.Team).Index(r => r.SubmittedAt).Index(r => r.UniqueKey);
                opts.Schema.For<RegisteredHandle>().Index(h => h.Key); // one platform + handle, one account (MECCG139 §6)
            })
            .AddSubscriptionWithServices<AccountRequestsForwarder>(ServiceLifetime.Singleton,
                o => AccountRequestsForwarder.Subscribe(o));
        builder.Services.AddSingleton<DecisionStaging>();
        builder.Services.AddIdempotencyExpiry(); // POST /requests remembers its responses
        builder.AddAccountGovBus(ServiceName, x =>
        {
            x.AddConsumer<AccountRequestApprovedConsumer>();
            x.AddConsumer<AccountRequestRejectedConsumer>();
            x.AddConsumer<ChangesRequestedConsumer>();
            x.AddConsumer<SponsorReplacedConsumer>();
            x.AddConsumer<AccountRegisteredConsumer>();
        });
    }

    public static void MapAccountRequests(this WebApplication app)
    {
        var requests = app.MapGroup("/requests").WithTags("Requests");
        requests.MapSubmitRequest();
        requests.MapReviseRequest();
        requests.MapAttachDpia();
        requests.MapWithdrawRequest();
        requests.MapGetRequest();
        requests.MapListRequests();
        requests.MapGetRevisions();
        requests.MapGetScreeningPolicy();
        requests.MapGetPolicies();
    }
}

/// <summary>Marks the entry assembly for WebApplicationFactory without the ambiguity of several Program types.</summary>
public sealed class AccountRequestsApi;
