using AccountGov.Custody.Api.Handovers.Assigning;
using AccountGov.Custody.Api.Handovers.Completing;
using AccountGov.Custody.Api.Handovers.Deadlines;
using AccountGov.Custody.Api.Handovers.Listing;
using AccountGov.Custody.Api.Handovers.Requesting;
using AccountGov.Custody.Api.Hr;
using AccountGov.Custody.Api.Reports.CustodyGaps;
using AccountGov.EventSourcing.Marten;
using JasperFx.Events.Projections;
using Marten;

namespace AccountGov.Custody.Api.Handovers;

/// <summary>
/// HR intake, handovers, their clock, and the custody-gap report (their facts go out through Outbound/CustodyForwarder), registered in one place.
/// CustodyModule calls the three hooks below and nothing else of this feature.
/// </summary>
public static class HandoversModule
{
    public static void AddHandovers(this StoreOptions opts)
    {
        opts.AddHrIntake();
        // Every HR event for a custodian looks up their accounts by custodian (a containment query on the
        // register's documents): without this index each lookup scans the whole register.
        opts.Schema.For<Accounts.Account>().GinIndexJsonData();
        opts.Projections.Add(new EvolvingProjection<Handover>(), ProjectionLifecycle.Inline);
        opts.Schema.For<Handover>().Index(h => h.FromUserId).Index(h => h.ToUserId).Index(h => h.AccountId).Index(h => h.DueBy)
            .Index(h => h.OpenedAt); // the list is newest first: a page in index order, not a sort of every handover
        opts.Projections.Add(new EvolvingProjection<CustodyGap>(), ProjectionLifecycle.Inline);
        opts.Projections.Add(new EvolvingProjection<AnticipatedGap>(), ProjectionLifecycle.Inline);
        opts.Schema.For<HandoverNote>().Identity(n => n.Id);
    }

    public static void AddHandovers(this WebApplicationBuilder builder, MartenServiceCollectionExtensions.MartenConfigurationExpression marten)
    {
        marten.AddSubscriptionWithServices<CustodianJoinedReconciler>(ServiceLifetime.Singleton, o => CustodianJoinedReconciler.Subscribe(o));
        builder.Services.AddHrIntake();
        builder.Services.AddSingleton<UnavailableReceivers>();
        builder.Services.AddSingleton<HandoverClock>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<HandoverClock>());
        builder.Services.AddSingleton<AnticipatedGapWatch>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<AnticipatedGapWatch>());
    }

    public static void MapHandovers(this WebApplication app)
    {
        app.MapHrIntake();
        var handovers = app.MapGroup("/handovers").WithTags("Handovers");
        handovers.MapListHandovers();
        handovers.MapCompleteHandover();
        handovers.MapAssignHandover();
        app.MapGroup("/accounts").WithTags("Handovers").MapRequestHandover();
        app.MapCustodyGapReport();
    }
}
