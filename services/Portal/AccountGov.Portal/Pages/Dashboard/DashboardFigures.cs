using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.Custody.Contracts;

namespace AccountGov.Portal.Pages.Dashboard;

/// <summary>One chart's data: labelled values, shown as a chart and, always, as a table.</summary>
public sealed record Series(string Title, string Unit, IReadOnlyList<(string Label, double Value)> Points);

/// <summary>The dashboard's sums, pure, from what the services return.</summary>
public static class DashboardFigures
{
    public static Series RequestsByStatus(IEnumerable<RequestSummary> requests) =>
        new("Requests by status", "requests", Enum.GetValues<RequestStatus>()
            .Select(s => (Frontend.Words.Status(s), (double)requests.Count(r => r.Status == s))).ToList());

    /// <summary>Days from first submission to the decision, for decided requests (a decided request changes no more, so its last change is the decision).</summary>
    public static Series DecisionTimes(IEnumerable<RequestSummary> requests)
    {
        var days = requests.Where(r => r.Status is RequestStatus.Approved or RequestStatus.Rejected)
            .Select(r => (r.LastChangedAt - r.SubmittedAt).TotalDays).Order().ToList();
        return new("Days from submission to decision", "days", [("Median", Percentile(days, 0.5)), ("90th percentile", Percentile(days, 0.9))]);
    }

    public static Series Coverage(IEnumerable<AccountDetails> accounts)
    {
        var active = accounts.Where(a => a.Status == AccountStatus.Active)
            .Select(a => a.Custodians.Count(c => c.Status == CustodianStatus.Active)).ToList();
        return new("Active accounts by active custodians", "accounts",
            [("Two or more", active.Count(n => n >= 2)), ("One", active.Count(n => n == 1)), ("None", active.Count(n => n == 0))]);
    }

    public static Series HandoversOnTime(IEnumerable<HandoverSummary> handovers)
    {
        var done = handovers.Where(h => h.Status == HandoverStatus.Completed && h.ClosedAt is not null).ToList();
        var onTime = done.Count(h => DateOnly.FromDateTime(h.ClosedAt!.Value.UtcDateTime) <= h.DueBy);
        return new("Completed handovers", "handovers", [("On time", onTime), ("Late", done.Count - onTime)]);
    }

    /// <summary>Nearest-rank percentile, rounded to a tenth of a day; 0 when there is nothing to measure.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : Math.Round(sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)], 1);
}
