using System.Text.Json.Nodes;
using AccountGov.Testing;

namespace AccountGov.AccountRequests.IntegrationTests;

/// <summary>
/// The api.md example body as JSON, so a test can remove or change one field exactly as a client would. Each body
/// has a handle of its own unless the test names one: the register refuses a platform + handle twice.
/// </summary>
public static class Bodies
{
    public static JsonObject Valid(string platform = "Instagram", string? handle = null) => new()
    {
        ["team"] = "Paediatric Physiotherapy",
        ["platform"] = platform,
        ["handle"] = handle ?? UniqueHandle(),
        ["purpose"] = "Share exercise videos and clinic updates with families.",
        ["audience"] = "Parents and carers of children under the service.",
        ["benefits"] = "Fewer missed appointments.",
        ["risks"] = "Families posting clinical details in comments.",
        ["monitoringHours"] = "Mon-Fri 08:00-17:00",
        ["sponsor"] = Person(Personas.Sam),
        ["custodians"] = new JsonArray(Person(Personas.Carl), Person(Personas.Dina)),
        ["attestations"] = new JsonObject { ["readSocialMediaPolicy"] = true, ["readEmailAndInternetPolicy"] = true, ["disclaimerWillBeDisplayed"] = true },
        ["dpiaScreening"] = Screening(),
    };

    public static string UniqueHandle() => $"@stpaeds{Guid.NewGuid():N}"[..20];

    public static JsonObject Person(string userId) =>
        new() { ["userId"] = userId, ["name"] = Personas.NameOf(userId), ["email"] = $"{userId}@example.nhs.uk" };

    public static JsonObject Screening(string? yes = null)
    {
        var screening = new JsonObject();
        foreach (var q in new[] { "personalData", "sensitiveData", "uniqueIdentifiers", "pseudonymisedData", "newAccessToInformation",
                     "newPurpose", "privacyIntrusiveTechnology", "significantAutomatedDecisions", "additionalInformationCollected", "intrusiveContact" })
            screening[q] = q == yes;
        return screening;
    }

    public static JsonObject Checklist() => new()
    {
        ["encryption"] = true, ["endUserVerification"] = true, ["passcodeProtection"] = true, ["remoteWipe"] = true,
        ["messageRetention"] = "Messages auto-delete after 30 days.", ["membershipReviewCadence"] = "Monthly",
    };

    public static JsonObject Dpia() => new()
    {
        ["descriptionOfProcessing"] = "Families message the team; names and phone numbers are processed.",
        ["necessityAndProportionality"] = "Families asked for it; no clinical content is exchanged.",
        ["risks"] = new JsonArray(new JsonObject
        {
            ["description"] = "A parent shares a child's clinical details.", ["likelihood"] = "Possible",
            ["severity"] = "Significant", ["mitigation"] = "Pinned guidance; admins remove and redirect within the day.",
        }),
        ["residualRisk"] = "Low",
    };

    public static JsonObject With(this JsonObject body, string path, JsonNode? value)
    {
        var copy = body.DeepClone().AsObject();
        var parts = path.Split('.');
        var target = copy;
        foreach (var part in parts[..^1]) target = target[part]!.AsObject();
        target[parts[^1]] = value;
        return copy;
    }

    public static JsonObject Without(this JsonObject body, string path)
    {
        var copy = body.DeepClone().AsObject();
        var parts = path.Split('.');
        var target = copy;
        foreach (var part in parts[..^1]) target = target[part]!.AsObject();
        target.Remove(parts[^1]);
        return copy;
    }
}
