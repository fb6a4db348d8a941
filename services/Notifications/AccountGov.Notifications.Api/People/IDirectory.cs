namespace AccountGov.Notifications.Api.People;

public sealed record DirectoryEntry(string Name, string Email);

/// <summary>
/// The organisation's directory: a staff id's work email, and a team's mailbox and members. Asked only when a
/// message does not carry the address itself. <see cref="ConfigurationDirectory"/> reads "Directory" from
/// configuration. A Microsoft Graph implementation would map a staff id to a user (GET /users/{id}?$select=
/// displayName,mail) and a team to a mail-enabled group (its mail and /members); it is a seam, not built.
/// </summary>
public interface IDirectory
{
    Task<DirectoryEntry?> FindPerson(string userId, CancellationToken ct);

    /// <summary>The team's shared mailbox, by team name ("BusinessDevelopment", "InformationGovernance", "HR").</summary>
    Task<DirectoryEntry?> FindTeam(string team, CancellationToken ct);

    /// <summary>Staff ids of the team's members (break-glass asks the other BD officers).</summary>
    Task<IReadOnlyList<string>> TeamMembers(string team, CancellationToken ct);
}
