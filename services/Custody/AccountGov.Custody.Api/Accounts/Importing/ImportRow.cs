using AccountGov.ServiceDefaults.Validation;

namespace AccountGov.Custody.Api.Accounts.Importing;

/// <summary>One row of the register's CSV as sent: every cell text, so each bad one is named in the row's report.</summary>
public sealed record ImportRow(
    string? Platform, string? Handle, string? Team, string? Type, string? Partner, string? SponsorId, string? SponsorName,
    string? PrimaryId, string? PrimaryName, string? DeputyId, string? DeputyName);

/// <summary>A row that passed: an account that existed before AccountGov, as the register will hold it.</summary>
public sealed record LegacyAccount(
    string Platform, string Handle, string Team, AccountType Type, string? Partner, Person Sponsor, Person Primary, Person Deputy);

/// <summary>
/// The rules a row of the import must meet. The same as a request's where they overlap (api.md platforms, a handle
/// without spaces, a type whose partner is named only when Shared, IG31 §8.1 two custodians, the sponsor not one of
/// them), because an imported account is held to the register's rules from its first day. Pure.
/// </summary>
public static class ImportRules
{
    public static readonly string[] Columns =
        ["platform", "handle", "team", "type", "partner", "sponsorId", "sponsorName", "primaryId", "primaryName", "deputyId", "deputyName"];

    public static readonly string[] Platforms = ["X", "Facebook", "Instagram", "LinkedIn", "YouTube", "TikTok", "Blog", "WhatsApp", "Teams", "Other"];

    private const int ShortText = 100, NameText = 200;

    public static LegacyAccount? Validate(ImportRow row, FieldErrors errors)
    {
        var platform = Platforms.FirstOrDefault(p => string.Equals(p, row.Platform?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (platform is null) errors.Add("platform", $"Must be one of: {string.Join(", ", Platforms)}.");
        var handle = errors.Text("handle", row.Handle, ShortText);
        if (handle.Any(char.IsWhiteSpace) || HandleKey.Bare(handle).Length == 0) errors.Add("handle", "A handle has no spaces and is more than an @.");
        var team = errors.Text("team", row.Team, ShortText);
        var (type, partner) = TypeOf(row.Type, row.Partner, errors);
        var sponsor = PersonOf("sponsor", row.SponsorId, row.SponsorName, errors);
        var primary = PersonOf("primary", row.PrimaryId, row.PrimaryName, errors);
        var deputy = PersonOf("deputy", row.DeputyId, row.DeputyName, errors);
        if (Same(primary, deputy)) errors.Add("deputyId", "The primary and the deputy must be two people (IG31 §8.1).");
        if (Same(sponsor, primary) || Same(sponsor, deputy)) errors.Add("sponsorId", "The sponsor cannot also be a custodian.");
        return errors.Any ? null : new LegacyAccount(platform!, handle, team, type, partner, sponsor, primary, deputy);
    }

    private static (AccountType, string?) TypeOf(string? type, string? partner, FieldErrors errors)
    {
        var accountType = string.IsNullOrWhiteSpace(type) ? AccountType.Corporate : errors.Enum<AccountType>("type", type);
        if (accountType == AccountType.Shared) return (accountType, errors.Text("partner", partner, NameText));
        if (!string.IsNullOrWhiteSpace(partner)) errors.Add("partner", "Only an account shared with a partner organisation names a partner.");
        return (accountType, null);
    }

    private static Person PersonOf(string prefix, string? id, string? name, FieldErrors errors)
    {
        var userId = errors.Text($"{prefix}Id", id, ShortText);
        if (userId.Any(char.IsWhiteSpace)) errors.Add($"{prefix}Id", "A user id has no spaces.");
        return new Person(userId, errors.Text($"{prefix}Name", name, NameText));
    }

    private static bool Same(Person a, Person b) => a.UserId.Length > 0 && string.Equals(a.UserId, b.UserId, StringComparison.OrdinalIgnoreCase);
}
