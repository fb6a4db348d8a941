using AccountGov.Custody.Contracts;

namespace AccountGov.Portal.Pages.Register;

/// <summary>
/// The register's search, filters and sort, from the query string so a filtered view can be bookmarked and
/// exported as it is shown. Applied to the whole register read from Custody.
/// </summary>
public sealed class RegisterQuery
{
    public string? Q { get; set; }
    public string? Team { get; set; }
    public string? Platform { get; set; }
    public string? Type { get; set; }
    public string? Status { get; set; }
    public string? Custodian { get; set; }
    public string? Credential { get; set; }
    public string? Sort { get; set; }

    public static readonly (string Value, string Text)[] Sorts =
        [("handle", "Account"), ("team", "Team"), ("platform", "Platform"), ("status", "Status"), ("newest", "Newest first"), ("oldest", "Oldest first")];

    public IEnumerable<AccountDetails> Apply(IEnumerable<AccountDetails> accounts)
    {
        var q = accounts;
        if (!string.IsNullOrWhiteSpace(Q)) q = q.Where(a => Has(a.Handle, Q) || Has(a.Team, Q) || Has(a.Platform, Q) || Has(a.Partner ?? "", Q));
        if (!string.IsNullOrWhiteSpace(Team)) q = q.Where(a => a.Team == Team);
        if (!string.IsNullOrWhiteSpace(Platform)) q = q.Where(a => a.Platform == Platform);
        if (Enum.TryParse<AccountType>(Type, out var type)) q = q.Where(a => a.Type == type);
        if (Enum.TryParse<AccountStatus>(Status, out var status)) q = q.Where(a => a.Status == status);
        if (!string.IsNullOrWhiteSpace(Custodian)) q = q.Where(a => a.Custodians.Any(c => c.UserId == Custodian || Has(c.Name, Custodian)));
        if (Credential == "held") q = q.Where(a => a.CredentialVersion is not null);
        if (Credential == "missing") q = q.Where(a => a.CredentialVersion is null);
        return Sort switch
        {
            "team" => q.OrderBy(a => a.Team).ThenBy(a => a.Handle),
            "platform" => q.OrderBy(a => a.Platform).ThenBy(a => a.Handle),
            "status" => q.OrderBy(a => a.Status).ThenBy(a => a.Handle),
            "newest" => q.OrderByDescending(a => a.RegisteredAt),
            "oldest" => q.OrderBy(a => a.RegisteredAt),
            _ => q.OrderBy(a => a.Handle, StringComparer.OrdinalIgnoreCase),
        };
    }

    public string ToQueryString() => string.Join('&', new[] { ("q", Q), ("team", Team), ("platform", Platform), ("type", Type), ("status", Status),
            ("custodian", Custodian), ("credential", Credential), ("sort", Sort) }
        .Where(p => !string.IsNullOrWhiteSpace(p.Item2)).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));

    private static bool Has(string value, string part) => value.Contains(part.Trim(), StringComparison.OrdinalIgnoreCase);
}
