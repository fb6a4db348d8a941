using System.Text.RegularExpressions;

namespace AccountGov.Portal.Frontend;

/// <summary>
/// Sentences the services write themselves (audit lines, gap reasons, history entries) carry machine values: ISO
/// 8601 timestamps and enum names such as <c>OnLeave</c>. These put them in the words a person reads. Only for text
/// a service wrote, and for audit reasons, which Custody writes itself for HR-driven changes ("HR reported OnLeave"):
/// the rewrites touch only machine values, so a person's own reason reads as they typed it.
/// </summary>
public static partial class ServiceText
{
    public static string Plain(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (SnakeName().IsMatch(text)) return Sentence(text.Replace('_', ' ')); // an event Custody has no line for yet
        text = Timestamp().Replace(text, m => DateTimeOffset.TryParse(m.Value, out var at) ? Words.When(at) : m.Value);
        text = CustodianState().Replace(text, m => m.Groups["state"].Value switch
        {
            "OnLeave" => $"{m.Groups["is"].Value} on leave",
            "Left" => $"{m.Groups["is"].Value.Replace("is", "has")} left",
            var s => $"{m.Groups["is"].Value} {s.ToLowerInvariant()}",
        });
        text = CustodianRole().Replace(text, m => $"{m.Groups["before"].Value}{m.Groups["role"].Value.ToLowerInvariant()} custodian");
        return OnLeave().Replace(text, "on leave"); // "HR reported OnLeave", in the reason of an HR-driven change
    }

    /// <summary>A history comment: a rejection starts with the stage's name, then the person's own reason.</summary>
    public static string? Comment(string? comment) => comment is null ? null
        : StagePrefix().Replace(comment, m => Words.Stage(Enum.Parse<Approvals.Contracts.StageName>(m.Groups["stage"].Value)) + ": ");

    /// <summary>A history entry's event name (<c>DpiaChangesRequested</c>) as a short sentence.</summary>
    public static string Event(string name) => name switch
    {
        "Opened" => "Case opened",
        "DpiaAttached" => "DPIA attached",
        "DpiaAccepted" => "DPIA accepted",
        "DpiaChangesRequested" => "Changes to the DPIA asked for",
        "ChangesRequested" => "Changes asked for",
        "SponsorReplaced" => "Sponsor replaced",
        _ => Sentence(WordBreak().Replace(name, " ")),
    };

    private static string Sentence(string words)
    {
        var lower = words.ToLowerInvariant().Replace("dpia", "DPIA");
        return char.ToUpperInvariant(lower[0]) + lower[1..];
    }

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?")]
    private static partial Regex Timestamp();

    [GeneratedRegex(@"(?<is>\bis( now)?) (?<state>Active|OnLeave|Leaving|Left)\b")]
    private static partial Regex CustodianState();

    [GeneratedRegex(@"\bOnLeave\b")]
    private static partial Regex OnLeave();

    [GeneratedRegex(@"(?<before>\(|\bas |\bnow )(?<role>Primary|Deputy)\b")]
    private static partial Regex CustodianRole();

    [GeneratedRegex(@"^(?<stage>SponsorEndorsement|DpiaReview|BusinessDevelopmentDecision): ")]
    private static partial Regex StagePrefix();

    [GeneratedRegex(@"(?<=[a-z])(?=[A-Z])")]
    private static partial Regex WordBreak();

    [GeneratedRegex(@"^[a-z]+(_[a-z]+)+$")]
    private static partial Regex SnakeName();
}
