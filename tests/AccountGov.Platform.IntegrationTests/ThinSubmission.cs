using System.Net.Http.Json;
using AccountGov.Testing;

namespace AccountGov.Platform.IntegrationTests;

/// <summary>The smallest valid submission of the thin thread, as Rita.</summary>
public static class ThinSubmission
{
    public static object Body(string handle) => new
    {
        team = "Paediatric Physiotherapy",
        platform = "Instagram",
        handle,
        sponsor = new { userId = Personas.Sam, name = Personas.NameOf(Personas.Sam), email = "sam@example.nhs.uk" },
        custodians = new[]
        {
            new { userId = Personas.Carl, name = Personas.NameOf(Personas.Carl), email = "carl@example.nhs.uk" },
            new { userId = Personas.Dina, name = Personas.NameOf(Personas.Dina), email = "dina@example.nhs.uk" },
        },
    };

    public static async Task<Guid> SubmitAsync(HttpClient rita, string handle)
    {
        var response = await rita.PostAsJsonAsync("/requests", Body(handle));
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<Created>();
        return created!.Id;
    }

    public sealed record Created(Guid Id, string Status, long Version);
}
