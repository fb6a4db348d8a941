using AccountGov.Approvals.Api.Cases.Deadlines;
using AccountGov.Approvals.Contracts;

namespace AccountGov.Approvals.Api.Cases.Routing;

public enum StageApplies { Always, WhenDpiaRequired }

public enum StageResets { OnEveryRevision, WhenContentChanged }

/// <summary>One row of the routing table: a stage, when a request needs it, and which revisions invalidate it.</summary>
public sealed record StageRule(StageName Stage, StageApplies Applies, StageResets Resets);

/// <summary>
/// Which stages a request goes through, in order, kept as data rather than code paths.
/// IG31 §5: prior approval by a Senior Manager or Director (the sponsor's endorsement), always and first.
/// BLMK Appendix 2: a "Yes" to any screening question means a full DPIA, which IG reviews.
/// IG31 §8: Business Development considers the business case and authorises the account, always and last.
/// </summary>
public sealed record RoutingPolicy(IReadOnlyList<StageRule> Rules)
{
    /// <summary>Whatever the table says, the policy's fixed points hold: endorsement always first, BD always last.</summary>
    public IReadOnlyList<StageRule> Rules { get; } =
        Rules is [{ Stage: StageName.SponsorEndorsement, Applies: StageApplies.Always }, .., { Stage: StageName.BusinessDevelopmentDecision, Applies: StageApplies.Always }]
        && Rules.DistinctBy(r => r.Stage).Count() == Rules.Count
            ? Rules
            : throw new ArgumentException("A routing policy starts with SponsorEndorsement and ends with BusinessDevelopmentDecision, both always, each stage once.", nameof(Rules));

    public static RoutingPolicy Default { get; } = new(
    [
        new(StageName.SponsorEndorsement, StageApplies.Always, StageResets.WhenContentChanged),
        new(StageName.DpiaReview, StageApplies.WhenDpiaRequired, StageResets.WhenContentChanged),
        new(StageName.BusinessDevelopmentDecision, StageApplies.Always, StageResets.OnEveryRevision),
    ]);

    public IReadOnlyList<StageName> RouteFor(bool dpiaRequired) =>
        Rules.Where(r => r.Applies == StageApplies.Always || dpiaRequired).Select(r => r.Stage).ToArray();

    /// <summary>The completed stages of <paramref name="current"/> that a revision leaves standing.</summary>
    public IReadOnlyList<StageName> KeptAfterRevision(Case current, bool dpiaRequired, bool contentChanged) =>
        RouteFor(dpiaRequired)
            .Where(name => current.StageNamed(name) is { Status: StageStatus.Completed })
            .Where(name => Rules.Single(r => r.Stage == name).Resets == StageResets.WhenContentChanged && !contentChanged)
            .ToArray();

    /// <summary>
    /// The stage whose clock starts now, if any: the first pending stage that can be acted on. A DPIA review cannot
    /// start before the full DPIA is attached; its clock starts on attachment.
    /// </summary>
    public static StageDue? NextToStart(Case after, DateTimeOffset now, DeadlinePolicy deadlines) =>
        after.Current is { DueBy: null } stage && (stage.Name != StageName.DpiaReview || after.DpiaAttached)
            ? deadlines.DueFor(stage.Name, now)
            : null;
}
