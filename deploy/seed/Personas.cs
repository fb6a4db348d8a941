using System.Net.Http.Headers;
using System.Net.Http.Json;
using Refit;

namespace AccountGov.Seed;

/// <summary>Made-up people, signed in through the Development token issuer. Never real staff.</summary>
public sealed class Personas(Uri requests, Uri approvals, Uri custody)
{
    public static readonly (string Id, string Name, string Role)[] All =
    [
        ("rita", "Rita Shah", "Staff"), ("sam", "Sam Patel", "SeniorManager"), ("ivy", "Ivy Green", "InformationGovernance"),
        ("beth", "Beth Davies", "BusinessDevelopment"), ("bob", "Bob Hale", "BusinessDevelopment"),
        ("carl", "Carl Obi", "Staff"), ("dina", "Dina Roy", "Staff"), ("hana", "Hana Kim", "HR"), ("ada", "Ada Lowe", "Auditor"),
    ];

    public async Task<T> As<T>(string userId)
    {
        var (id, name, role) = All.Single(p => p.Id == userId);
        var service = typeof(T).Name switch
        {
            "IAccountRequestsApi" => requests,
            "IApprovalsApi" => approvals,
            _ => custody,
        };
        using var issuer = new HttpClient { BaseAddress = requests };
        var response = await issuer.PostAsJsonAsync("/dev/token", new { userId = id, name, email = $"{id}@example.nhs.uk", roles = new[] { role } });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<Token>())!.AccessToken;
        var http = new HttpClient { BaseAddress = service };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return RestService.For<T>(http);
    }

    /// <summary>HR's intake has no Refit method yet: a plain JSON post as Hana.</summary>
    public async Task PostAsHr(string path, object body, CancellationToken ct)
    {
        using var issuer = new HttpClient { BaseAddress = requests };
        var token = await issuer.PostAsJsonAsync("/dev/token", new { userId = "hana", name = "Hana Kim", email = "hana@example.nhs.uk", roles = new[] { "HR" } }, ct);
        token.EnsureSuccessStatusCode();
        using var http = new HttpClient { BaseAddress = custody };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await token.Content.ReadFromJsonAsync<Token>(ct))!.AccessToken);
        (await http.PostAsJsonAsync(path, body, ct)).EnsureSuccessStatusCode();
    }

    private sealed record Token(string AccessToken);
}
