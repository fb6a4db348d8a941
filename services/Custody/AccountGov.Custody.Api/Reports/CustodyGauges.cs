using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.BreakGlass;
using AccountGov.Custody.Api.Handovers;
using AccountGov.Custody.Api.Hr.Batches;
using AccountGov.Custody.Api.Reports.CustodyGaps;
using AccountGov.EventSourcing.Metrics;
using Marten;

namespace AccountGov.Custody.Api.Reports;

/// <summary>
/// Custody's business gauges on the <c>AccountGov</c> meter, sampled from the event store (docs/operations.md,
/// "Reading the metrics"). The totals are running counts of recorded events, the same on every replica.
/// </summary>
public static class CustodyGauges
{
    public static void AddCustodyGauges(this IServiceCollection services)
    {
        services.AddSampledGauge("accountgov.custody.handovers.open", "{handover}",
            "Handovers holding custody away from its giver and not yet done (open or escalated).",
            (s, ct) => s.Query<Handover>().Where(h => h.Status == HandoverStatus.Open || h.Status == HandoverStatus.Escalated).LongCountAsync(ct));
        services.AddSampledGauge("accountgov.custody.handovers.overdue", "{handover}",
            "Open handovers past their due date (escalated as overdue).",
            (s, ct) => s.Query<Handover>().Where(h => h.OverdueEscalated && (h.Status == HandoverStatus.Open || h.Status == HandoverStatus.Escalated)).LongCountAsync(ct));
        services.AddSampledGauge("accountgov.custody.gaps", "{account}",
            "Accounts with fewer than two active custodians or no sponsor (a custody gap, IG31).",
            (s, ct) => s.Query<CustodyGap>().Where(g => g.IsOpen).LongCountAsync(ct));
        services.AddSampledGauge("accountgov.custody.reveals", "{reveal}",
            "Credential reveals recorded so far (a running total).",
            (s, ct) => s.Events.QueryRawEventDataOnly<CredentialRevealed>().LongCountAsync(ct));
        services.AddSampledGauge("accountgov.custody.break_glass", "{use}",
            "Break-glass requests opened so far (a running total).",
            (s, ct) => s.Events.QueryRawEventDataOnly<BreakGlassOpened>().LongCountAsync(ct));
        services.AddSampledGauge("accountgov.custody.hr_rows.applied", "{row}",
            "HR file rows applied so far (a running total).",
            async (s, ct) => await s.Query<HrBatch>().SumAsync(b => b.Processed, ct));
        services.AddSampledGauge("accountgov.custody.hr_rows.rejected", "{row}",
            "HR file rows rejected with field errors so far (a running total).",
            async (s, ct) => await s.Query<HrBatch>().SumAsync(b => b.Total, ct) - await s.Query<HrBatch>().SumAsync(b => b.Accepted, ct));
    }
}
