using AccountGov.Approvals.Api.Cases;
using AccountGov.Approvals.Api.Cases.Reading;
using AccountGov.Approvals.Api.Inbound;
using AccountGov.EventSourcing.Marten;
using AccountGov.EventSourcing.Messaging;
using JasperFx.Events.Projections;
using Marten;

namespace AccountGov.Approvals.Api;

public static class ApprovalsModule
{
    public const string ServiceName = "approvals";

    public static void AddApprovals(this WebApplicationBuilder builder)
    {
        builder.AddAccountGovMarten(opts => opts.Projections.Snapshot<Case>(SnapshotLifecycle.Inline));
        builder.AddAccountGovBus(ServiceName, x => x.AddConsumer<RequestSubmittedConsumer>());
    }

    public static void MapApprovals(this WebApplication app)
    {
        var cases = app.MapGroup("/cases").WithTags("Cases");
        cases.MapGetCase();
    }
}

/// <summary>Marks the entry assembly for WebApplicationFactory without the ambiguity of several Program types.</summary>
public sealed class ApprovalsApi;
