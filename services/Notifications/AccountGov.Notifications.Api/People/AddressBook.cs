using AccountGov.Notifications.Api.Notices;

namespace AccountGov.Notifications.Api.People;

public sealed record Address(string Name, string Email);

/// <summary>
/// Where a recipient's email goes: for a person, the work email they gave on the request, else the directory;
/// for a team, its mailbox from the directory. Null when nobody knows.
/// </summary>
public sealed class AddressBook(IDirectory directory)
{
    public async Task<Address?> Find(To to, RequestContacts? request, CancellationToken ct)
    {
        if (to.IsTeam)
            return await directory.FindTeam(to.Id, ct) is { } team ? new Address(team.Name, team.Email) : null;
        if (request?.Find(to.Id) is { Email: { Length: > 0 } email } contact)
            return new Address(contact.Name, email);
        return await directory.FindPerson(to.Id, ct) is { } person ? new Address(person.Name, person.Email) : null;
    }
}
