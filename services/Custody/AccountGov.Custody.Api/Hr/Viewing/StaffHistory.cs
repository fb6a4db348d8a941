using AccountGov.Custody.Api.Hr;

namespace AccountGov.Custody.Api.Hr.Viewing;

/// <summary>One HR event for the person's view: what HR sent, when, and what it did.</summary>
public sealed record HistoryLine(
    HrFact Fact, DateTimeOffset ReceivedAt, HrEffectKind Outcome, string? Why, string? Until, DateTimeOffset? ReleasedAt, string? SupersededBy);

/// <summary>
/// Pure: the person's HR events in the order received, each with what it did, read from their staff stream. Every
/// event there names the HR eventId it came from, so the effect of each is found after it: held (and released later),
/// ignored, repeated, or superseded by a later event that amended it.
/// </summary>
public static class StaffHistory
{
    public static IReadOnlyList<HistoryLine> From(IEnumerable<(object Data, DateTimeOffset At)> stream)
    {
        var lines = new List<HistoryLine>();
        var latest = new Dictionary<string, int>();
        string? departure = null;
        void Change(string eventId, Func<HistoryLine, HistoryLine> change)
        {
            if (latest.TryGetValue(eventId, out var i)) lines[i] = change(lines[i]);
        }

        foreach (var (data, at) in stream)
        {
            switch (data)
            {
                case HrEventReceived r:
                    latest[r.Fact.EventId] = lines.Count;
                    lines.Add(new HistoryLine(r.Fact, at, HrEffectKind.Applied, null, null, null, null));
                    break;
                case HrEventRepeated r when latest.TryGetValue(r.HrEventId, out var first):
                    lines.Add(lines[first] with { ReceivedAt = at, Outcome = HrEffectKind.Duplicate, Why = HrEventEffect.Duplicate.Why,
                        Until = null, ReleasedAt = null, SupersededBy = null });
                    break;
                case HrEventHeld h:
                    Change(h.Fact.EventId, l => l with { Outcome = HrEffectKind.Held, Why = h.Why, Until = h.Until });
                    break;
                case HeldHrEventReleased r:
                    Change(r.HrEventId, l => l with { Outcome = HrEffectKind.Applied, Why = $"held ({l.Why}), then applied", Until = null, ReleasedAt = at });
                    break;
                case HrEventIgnored i:
                    Change(i.HrEventId, l => l with { Outcome = HrEffectKind.Ignored, Why = i.Why });
                    break;
                case LeaveAmended a:
                    Change(a.LeaveEventId, l => l with { SupersededBy = a.HrEventId });
                    Change(a.HrEventId, l => l with { Why = $"amended the leave booked by {a.LeaveEventId}" });
                    break;
                case LeavingAnnounced a:
                    if (departure is not null && departure != a.HrEventId)
                    {
                        Change(departure, l => l with { SupersededBy = a.HrEventId });
                        Change(a.HrEventId, l => l with { Why = $"moved the last working day announced by {departure}" });
                    }
                    departure = a.HrEventId;
                    break;
                case LeavingCancelled:
                    departure = null;
                    break;
            }
        }
        return lines;
    }
}
