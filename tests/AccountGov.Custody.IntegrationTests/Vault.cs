using System.Net;
using System.Net.Http.Json;
using AccountGov.Custody.Contracts;

namespace AccountGov.Custody.IntegrationTests;

/// <summary>Calls on the vault routes as the tests use them.</summary>
public static class Vault
{
    public static CredentialBody Credential(string password) =>
        new("stpaedsphysio", password, "paeds.social@example.nhs.uk", $"{password}-mail", [$"{password}-rc1", $"{password}-rc2"], $"notes {password}");

    public static async Task Deposit(HttpClient client, Guid accountId, string password)
    {
        var response = await client.PutAsJsonAsync($"/accounts/{accountId}/credential", Credential(password));
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    /// <summary>
    /// A reveal as a custodian who has read the never-post rules: the acknowledgement goes first (once per account;
    /// refused for someone who is not a custodian, who is then refused the reveal too). NeverPostRulesTests checks
    /// that a custodian who has not acknowledged them is refused.
    /// </summary>
    public static async Task<HttpResponseMessage> Reveal(HttpClient client, Guid accountId, string reason = "scheduled post")
    {
        await Acknowledge(client, accountId);
        return await client.PostAsJsonAsync($"/accounts/{accountId}/credential/reveal", new { reason });
    }

    public static Task<HttpResponseMessage> Acknowledge(HttpClient client, Guid accountId) =>
        client.PostAsync($"/accounts/{accountId}/never-post-rules/acknowledgement", null);

    public static async Task<RevealedCredential> Revealed(HttpClient client, Guid accountId)
    {
        var response = await Reveal(client, accountId);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<RevealedCredential>(Json.Options))!;
    }

    public static async Task<AuditEntry[]> Audit(HttpClient client, Guid accountId) =>
        (await client.GetFromJsonAsync<AuditEntry[]>($"/accounts/{accountId}/audit", Json.Options))!;
}
