namespace AccountGov.Custody.Contracts;

/// <summary>
/// What a custodian must never post on the organisation's behalf (CO23 §3.5; North Tyneside's policy §3.4 says the
/// same). Each custodian, including one named later, acknowledges these before their first reveal: the reveal is
/// where they can post. <see cref="Version"/> is recorded with each acknowledgement, so a new text can be asked for again.
/// </summary>
public static class NeverPostRules
{
    public const string Reference = "CO23 Social Media and Instant Messaging Policy §3.5 (NTy Social Media Policy §3.4)";
    public const string Version = "CO23 V4";

    public static IReadOnlyList<string> Items { get; } =
    [
        "personal identifiable information of patients or their relatives",
        "personal identifiable information about a colleague's employment, including judgements of their performance or character",
        "photographs or video of a colleague taken at work without their explicit permission",
        "defamatory statements about the organisation, its staff, services or contractors",
        "confidential information, on bulletin boards, forums or newsgroups or anywhere else",
        "concerns about the organisation that have not first been raised through the proper channels (the Raising Concerns at Work policy)",
    ];
}

public sealed partial record AccountDetails
{
    /// <summary>The custodians who have acknowledged the <see cref="NeverPostRules"/> on this account (none may reveal before).</summary>
    public IReadOnlyList<string> RulesAcknowledgedBy { get; init; } = [];
}
