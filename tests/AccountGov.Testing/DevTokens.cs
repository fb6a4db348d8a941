using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace AccountGov.Testing;

/// <summary>Signs a client in as a persona with a token from the service's own Development issuer (/dev/token).</summary>
public static class DevTokens
{
    public static async Task<HttpClient> SignIn(HttpClient client, string userId, string[] roles)
    {
        var token = await client.PostAsJsonAsync("/dev/token", new { userId, name = Personas.NameOf(userId), email = $"{userId}@example.nhs.uk", roles });
        token.EnsureSuccessStatusCode();
        var body = await token.Content.ReadFromJsonAsync<TokenBody>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body!.AccessToken);
        return client;
    }

    private sealed record TokenBody(string AccessToken);
}
