using AccountGov.AccountRequests.Contracts;
using AccountGov.Testing;

namespace AccountGov.Notifications.IntegrationTests;

/// <summary>AccountRequests' contract messages as its forwarder publishes them, with the personas' work emails.</summary>
public static class Messages
{
    public static string Email(string userId) => $"{userId}@example.nhs.uk";

    public static StaffRef Staff(string userId, string? email = null) => new(userId, Personas.NameOf(userId), email ?? Email(userId));

    public static RequestSubmitted Submitted(Guid id, bool dpiaRequired = false, string? sponsorEmail = null) => new(
        id, 1, "Paediatric Physiotherapy", "Instagram", Handle(id),
        Staff(Personas.Rita), Staff(Personas.Sam, sponsorEmail),
        [new CustodianRef(Personas.Carl, Personas.NameOf(Personas.Carl), CustodianRole.Primary, Email(Personas.Carl)),
         new CustodianRef(Personas.Dina, Personas.NameOf(Personas.Dina), CustodianRole.Deputy, Email(Personas.Dina))],
        dpiaRequired, DateTimeOffset.UtcNow);

    /// <summary>A handle unique to the request, so a test finds its own emails by subject.</summary>
    public static string Handle(Guid id) => $"@h{id:N}"[..14];
}
