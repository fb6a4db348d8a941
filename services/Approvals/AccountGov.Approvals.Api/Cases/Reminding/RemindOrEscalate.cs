using AccountGov.Approvals.Contracts;

namespace AccountGov.Approvals.Api.Cases.Reminding;

/// <summary>
/// A current stage with a deadline gets one reminder on its due day and one escalation once it is overdue. Each is
/// recorded at most once per stage clock, so a second sweep (or a second replica) decides nothing new.
/// </summary>
public static class RemindOrEscalate
{
    public static IReadOnlyList<object> Decide(Case c, DateOnly today, DateTimeOffset now)
    {
        if (c.Current is not { DueBy: { } due } stage) return [];
        var events = new List<object>();
        if (today >= due && stage.RemindedAt is null) events.Add(new StageReminded(c.Id, stage.Name, due, now));
        if (today > due && stage.EscalatedAt is null) events.Add(new StageEscalated(c.Id, stage.Name, due, now));
        return events;
    }
}
