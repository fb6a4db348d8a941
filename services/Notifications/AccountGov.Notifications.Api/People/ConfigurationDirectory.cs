using Microsoft.Extensions.Options;

namespace AccountGov.Notifications.Api.People;

public sealed class DirectoryOptions
{
    public Dictionary<string, TeamEntry> Teams { get; set; } = [];
    public Dictionary<string, StaffEntry> Staff { get; set; } = [];
}

public sealed class TeamEntry
{
    public string Name { get; set; } = "";
    public string Mailbox { get; set; } = "";
    public List<string> Members { get; set; } = [];
}

public sealed class StaffEntry
{
    public string Name { get; set; } = "";
    public string Email { get; set; } = "";
}

/// <summary>The directory from configuration ("Directory:Teams", "Directory:Staff"), re-read when it changes.</summary>
public sealed class ConfigurationDirectory(IOptionsMonitor<DirectoryOptions> options) : IDirectory
{
    public Task<DirectoryEntry?> FindPerson(string userId, CancellationToken ct) =>
        Task.FromResult(options.CurrentValue.Staff.TryGetValue(userId, out var s) && !string.IsNullOrWhiteSpace(s.Email)
            ? new DirectoryEntry(s.Name, s.Email)
            : null);

    public Task<DirectoryEntry?> FindTeam(string team, CancellationToken ct) =>
        Task.FromResult(options.CurrentValue.Teams.TryGetValue(team, out var t) && !string.IsNullOrWhiteSpace(t.Mailbox)
            ? new DirectoryEntry(string.IsNullOrWhiteSpace(t.Name) ? team : t.Name, t.Mailbox)
            : null);

    public Task<IReadOnlyList<string>> TeamMembers(string team, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<string>>(options.CurrentValue.Teams.TryGetValue(team, out var t) ? t.Members : []);
}
