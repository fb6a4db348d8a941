using System.Net.Http.Json;
using System.Text.Json;

namespace AccountGov.Approvals.IntegrationTests;

public static class Http
{
    public static Task<HttpResponseMessage> Endorse(this HttpClient client, Guid id, bool endorsed = true, string? comment = null) =>
        client.PostAsJsonAsync($"/cases/{id}/endorsement", new { endorsed, comment });

    public static Task<HttpResponseMessage> ReviewDpia(this HttpClient client, Guid id, string outcome = "Accepted", string? comment = null) =>
        client.PostAsJsonAsync($"/cases/{id}/dpia-review", new { outcome, comment });

    public static Task<HttpResponseMessage> Decide(this HttpClient client, Guid id, string outcome = "Approved", string? comment = null,
        string[]? conditions = null, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/cases/{id}/decision")
        {
            Content = JsonContent.Create(new { outcome, comment, conditions }),
        };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> ReplaceSponsor(this HttpClient client, Guid id, string userId, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/cases/{id}/sponsor")
        {
            Content = JsonContent.Create(new { userId, name = AccountGov.Testing.Personas.NameOf(userId), email = $"{userId}@example.nhs.uk" }),
        };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }

    /// <summary>The ProblemDetails body: its detail and its field errors.</summary>
    public static async Task<(string? Detail, IReadOnlyCollection<string> Fields)> Problem(this HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var detail = json.RootElement.TryGetProperty("detail", out var d) ? d.GetString() : null;
        var fields = json.RootElement.TryGetProperty("errors", out var e) ? e.EnumerateObject().Select(p => p.Name).ToArray() : [];
        return (detail, fields);
    }
}
