using AccountGov.Approvals.Contracts;
using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Errors;
using Marten;

namespace AccountGov.Approvals.Api.Cases.Reading;

/// <summary>The case as the API shows it. "Overdue" is relative to today, so it is computed on read.</summary>
public static class CaseView
{
    public static CaseDetails Details(Case c, long version, DateOnly today) => new(
        c.Id, c.Status, c.Request.Revision, c.Request.Team, c.Request.Platform, c.Request.Handle,
        Staff(c.Request.Requester), Staff(c.Request.Sponsor),
        c.Request.Custodians.Select(x => new CaseCustodianDetails(x.UserId, x.Name, x.Role)).ToArray(),
        c.Request.DpiaRequired, c.DpiaAttached, c.CurrentStage, c.DueBy, IsOverdue(c.DueBy, c.CurrentStage, today),
        c.Stages.Select(s => new StageDetails(s.Name, s.Status, s.DecidedBy, s.DecidedAt, s.Comment, s.DueBy,
            IsOverdue(s.DueBy, c.CurrentStage == s.Name ? s.Name : null, today))).ToArray(),
        c.Conditions,
        c.History.Select(h => new CaseHistoryEntry(h.Event, h.Stage, h.By, h.At, h.Comment)).ToArray(),
        c.Alerts.Select(a => new CaseAlertDetails(a.Kind, a.Stage, a.DueBy, a.At)).ToArray(),
        version, c.DpiaResidualRisk);

    public static CaseSummary Summary(Case c, DateOnly today) => new(
        c.Id, c.Status, c.Request.Team, c.Request.Platform, c.Request.Handle, c.Request.Requester.UserId, c.SponsorId,
        c.CurrentStage, c.DueBy, IsOverdue(c.DueBy, c.CurrentStage, today),
        c.Current?.RemindedAt is not null, c.Current?.EscalatedAt is not null, c.OpenedAt,
        c.Request.DpiaRequired, c.DpiaAttached);

    /// <summary>Reads the case just written in this session and sets its ETag.</summary>
    public static async Task<CaseDetails> Reload(IQuerySession session, Guid id, HttpResponse response, DateOnly today, CancellationToken ct)
    {
        var found = await session.LoadAsync<Case>(id, ct) ?? throw new NotFound("Case");
        var state = await session.Events.FetchStreamStateAsync(id, ct);
        response.SetETag(state!.Version);
        return Details(found, state.Version, today);
    }

    private static bool IsOverdue(DateOnly? dueBy, StageName? current, DateOnly today) => current is not null && dueBy < today;

    private static CaseStaff Staff(Party p) => new(p.UserId, p.Name);
}
