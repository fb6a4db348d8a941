using AccountGov.Approvals.Api.Cases;
using AccountGov.Approvals.Api.Cases.Deadlines;
using AccountGov.Approvals.Api.Cases.Deciding;
using AccountGov.Approvals.Api.Cases.Endorsing;
using AccountGov.Approvals.Api.Cases.Queues;
using AccountGov.Approvals.Api.Cases.Reading;
using AccountGov.Approvals.Api.Cases.Reminding;
using AccountGov.Approvals.Api.Cases.ReplacingSponsor;
using AccountGov.Approvals.Api.Cases.ReviewingDpia;
using AccountGov.Approvals.Api.Cases.Routing;
using AccountGov.Approvals.Api.Inbound;
using AccountGov.Approvals.Api.Outbound;
using AccountGov.EventSourcing.Marten;
using AccountGov.EventSourcing.Messaging;
using AccountGov.ServiceDefaults.Time;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.Options;

namespace AccountGov.Approvals.Api;

public static class ApprovalsModule
{
    public const string ServiceName = "approvals";

    public static void AddApprovals(this WebApplicationBuilder builder)
    {
        builder.AddAccountGovMarten(opts =>
            {
                opts.Projections.Snapshot<Case>(SnapshotLifecycle.Inline);
                // The deadline sweep filters on NextAlertOn. The queues sort on (DueBy, OpenedAt): with both in one index
                // a page is read in order, where DueBy alone left every case to sort (100 ms at 11,000 cases).
                opts.Schema.For<Case>().Index(c => c.NextAlertOn).Index(c => new { c.DueBy, c.OpenedAt });
            })
            .AddSubscriptionWithServices<ApprovalsForwarder>(ServiceLifetime.Singleton, o => ApprovalsForwarder.Subscribe(o));
        builder.AddAccountGovBus(ServiceName, x =>
        {
            x.AddConsumer<RequestSubmittedConsumer>();
            x.AddConsumer<RequestRevisedConsumer>();
            x.AddConsumer<RequestWithdrawnConsumer>();
            x.AddConsumer<DpiaAttachedConsumer>();
        });

        builder.Services.Configure<ApprovalsOptions>(builder.Configuration.GetSection("Approvals"));
        builder.Services.AddSingleton(RoutingPolicy.Default);
        builder.Services.AddSingleton(sp => DeadlinePolicy.From(
            sp.GetRequiredService<BusinessCalendar>(), sp.GetRequiredService<IOptions<ApprovalsOptions>>().Value));
        builder.Services.AddSingleton<DeadlineSweep>();
        builder.Services.AddHostedService<DeadlineScheduler>();
    }

    public static void MapApprovals(this WebApplication app)
    {
        var cases = app.MapGroup("/cases").WithTags("Cases");
        cases.MapListCases();
        cases.MapGetCase();
        cases.MapEndorseRequest();
        cases.MapReplaceSponsor();
        cases.MapReviewDpia();
        cases.MapDecideRequest();
    }
}

/// <summary>Marks the entry assembly for WebApplicationFactory without the ambiguity of several Program types.</summary>
public sealed class ApprovalsApi;
