using AccountGov.Custody.Api.Hr;
using AccountGov.Custody.Api.Hr.Batches;
using AccountGov.Custody.Api.Hr.Rejecting;
using AccountGov.Custody.Api.Hr.Viewing;
using AccountGov.EventSourcing.Marten;
using JasperFx.Events.Projections;
using Marten;

namespace AccountGov.Custody.Api.Hr;

/// <summary>HR intake: its documents, services and routes. Called from CustodyModule.</summary>
public static class HrModule
{
    public static void AddHrIntake(this StoreOptions opts)
    {
        opts.Projections.Add(new EvolvingProjection<StaffMember>(), ProjectionLifecycle.Inline);
        opts.Schema.For<StaffMember>().Index(s => s.NextDueOn);
        opts.Schema.For<HrEventReceipt>().Identity(r => r.Id);
        opts.Schema.For<HrEventRejection>().Index(r => r.StaffId);
        opts.Schema.For<HrBatch>().UseOptimisticConcurrency(true).Index(b => b.Status);
        opts.Schema.For<HrBatchChunk>().Identity(c => c.Id).Index(c => c.BatchId);
    }

    public static void AddHrIntake(this IServiceCollection services)
    {
        services.AddSingleton<CustodyDay>();
        services.AddSingleton<CustodyReconciler>();
        services.AddSingleton<HrRejections>();
        services.AddSingleton<HrBatchProcessor>();
        services.AddSingleton<HrUploadCleanup>();
        services.AddSingleton<HrBatchWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<HrBatchWorker>());
    }

    public static void MapHrIntake(this WebApplication app)
    {
        var hr = app.MapGroup("/hr").WithTags("HR");
        hr.MapRecordHrEvent();
        hr.MapSubmitHrBatch();
        app.MapGetStaff();
    }
}
