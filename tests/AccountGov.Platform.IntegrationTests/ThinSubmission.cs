using System.Net.Http.Json;
using AccountGov.Testing;

namespace AccountGov.Platform.IntegrationTests;

/// <summary>A complete valid submission (the api.md example body), as Rita.</summary>
public static class ThinSubmission
{
    public static object Body(string handle) => new
    {
        team = "Paediatric Physiotherapy",
        platform = "Instagram",
        handle,
        purpose = "Share exercise videos and clinic updates with families.",
        audience = "Parents and carers of children under the service.",
        benefits = "Fewer missed appointments; better adherence to home programmes.",
        risks = "Families posting clinical details in comments; mitigated by moderation.",
        monitoringHours = "Mon-Fri 08:00-17:00",
        sponsor = new { userId = Personas.Sam, name = Personas.NameOf(Personas.Sam), email = "sam@example.nhs.uk" },
        custodians = new[]
        {
            new { userId = Personas.Carl, name = Personas.NameOf(Personas.Carl), email = "carl@example.nhs.uk" },
            new { userId = Personas.Dina, name = Personas.NameOf(Personas.Dina), email = "dina@example.nhs.uk" },
        },
        attestations = new { readSocialMediaPolicy = true, readEmailAndInternetPolicy = true, disclaimerWillBeDisplayed = true },
        dpiaScreening = new
        {
            personalData = false, sensitiveData = false, uniqueIdentifiers = false, pseudonymisedData = false,
            newAccessToInformation = false, newPurpose = false, privacyIntrusiveTechnology = false,
            significantAutomatedDecisions = false, additionalInformationCollected = false, intrusiveContact = false,
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
