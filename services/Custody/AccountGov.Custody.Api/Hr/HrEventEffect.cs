using AccountGov.Custody.Api.Hr;

namespace AccountGov.Custody.Api.Hr;

public enum HrEffectKind { Applied, Held, Ignored, Duplicate }

/// <summary>
/// What one HR event did, as HR is told it (the single-event answer, the batch report, the person's HR view): applied,
/// held until what it refers to arrives, ignored (and why), or a repeat of an eventId already received.
/// </summary>
public sealed record HrEventEffect(HrEffectKind Kind, string? Why = null, string? Until = null)
{
    public static readonly HrEventEffect Applied = new(HrEffectKind.Applied);

    public static readonly HrEventEffect Duplicate = new(HrEffectKind.Duplicate, "this eventId was already received; it changed nothing");

    /// <summary>Pure: read from the staff events the event was decided into.</summary>
    public static HrEventEffect Of(string eventId, IEnumerable<object> staffEvents) =>
        staffEvents.Select(e => e switch
        {
            HrEventHeld h when h.Fact.EventId == eventId => new HrEventEffect(HrEffectKind.Held, h.Why, h.Until),
            HrEventIgnored i when i.HrEventId == eventId => new HrEventEffect(HrEffectKind.Ignored, i.Why),
            _ => null,
        }).FirstOrDefault(e => e is not null) ?? Applied;
}
