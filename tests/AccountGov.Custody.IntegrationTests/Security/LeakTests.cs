using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AccountGov.Custody.Contracts;
using AccountGov.Testing;
using MassTransit;

namespace AccountGov.Custody.IntegrationTests.Security;

/// <summary>
/// The leak test (issue 5, "Security requirements"): a unique marker in every credential field, every route
/// exercised, then the whole database (mt_events included), every log line, every bus message and every
/// non-reveal response searched. The marker may exist only inside ciphertext, where it cannot be seen.
/// </summary>
public class LeakTests(CustodyFixture fixture) : IClassFixture<CustodyFixture>
{
    private readonly string marker = $"LeakMarker{Guid.NewGuid():N}";
    private readonly List<string> responses = [];

    [Fact]
    public async Task GivenAMarkerInEveryCredentialField_WhenEveryRouteIsExercised_ThenItAppearsNowhereInPlaintext()
    {
        var published = new PublishedMessages();
        using var _ = fixture.Custody.Get<IBus>().ConnectPublishObserver(published);
        var account = await Register.AccountAsync(fixture.Custody, "@leaktest");
        var other = await Register.AccountAsync(fixture.Custody, "@leaktestother");
        var carl = await fixture.Custody.ClientFor(Personas.Carl, "Staff");
        var beth = await fixture.Custody.ClientFor(Personas.Beth, "BusinessDevelopment");
        var bob = await fixture.Custody.ClientFor(Personas.Bob, "BusinessDevelopment");
        var ada = await fixture.Custody.ClientFor(Personas.Ada, "Auditor");
        var rita = await fixture.Custody.ClientFor(Personas.Rita, "Staff");
        var secret = new CredentialBody($"user-{marker}", $"pw-{marker}", $"{marker}@example.nhs.uk", $"mailpw-{marker}",
            [$"rc1-{marker}", $"rc2-{marker}"], $"notes-{marker}");

        await Keep(carl.PutAsJsonAsync($"/accounts/{account.Id}/credential", secret), HttpStatusCode.NoContent);
        await Keep(beth.PutAsJsonAsync($"/accounts/{other.Id}/credential", secret), HttpStatusCode.NoContent);
        await Keep(carl.PutAsJsonAsync($"/accounts/{account.Id}/credential", secret with { Notes = new string('x', 5000) + marker }), HttpStatusCode.BadRequest);
        await Keep(carl.PutAsync($"/accounts/{account.Id}/credential",
            new StringContent($"{{\"username\":\"u\",\"password\":{{\"{marker}\":1}}}}", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
        await Keep(carl.PostAsJsonAsync($"/accounts/{account.Id}/credential/reveal", new { reason = "" }), HttpStatusCode.BadRequest);
        await Keep(rita.PostAsJsonAsync($"/accounts/{account.Id}/credential/reveal", new { reason = "curious" }), HttpStatusCode.Forbidden);
        await Keep(beth.PostAsJsonAsync($"/accounts/{account.Id}/credential/reveal", new { reason = "curious" }), HttpStatusCode.Forbidden);
        var revealed = await Vault.Revealed(carl, account.Id);
        Assert.Equal($"pw-{marker}", revealed.Password);

        var opened = await Keep(beth.PostAsJsonAsync($"/accounts/{account.Id}/break-glass", new { reason = "leak test" }), HttpStatusCode.Created);
        var breakGlass = JsonSerializer.Deserialize<BreakGlassDetails>(opened, Json.Options)!;
        await Keep(bob.PostAsync($"/accounts/{account.Id}/break-glass/{breakGlass.Id}/approve", null), HttpStatusCode.OK);
        var viaBreakGlass = await beth.PostAsJsonAsync($"/accounts/{account.Id}/break-glass/{breakGlass.Id}/reveal", new { reason = "leak test" });
        Assert.Equal(HttpStatusCode.OK, viaBreakGlass.StatusCode);

        await Keep(beth.PostAsJsonAsync($"/accounts/{account.Id}/custodians", new { userId = "ivy", name = "Ivy Green", role = "Deputy" }), HttpStatusCode.OK);
        await Keep(beth.PostAsJsonAsync($"/accounts/{account.Id}/custodians/ivy/removal", new { reason = "leak test" }), HttpStatusCode.OK);
        await Keep(beth.PostAsync("/admin/key-encryption-key/rotate", null), HttpStatusCode.OK);
        await Keep(ada.GetAsync($"/accounts/{account.Id}"), HttpStatusCode.OK);
        await Keep(ada.GetAsync($"/accounts/{account.Id}?asOf={Uri.EscapeDataString(DateTimeOffset.UtcNow.ToString("O"))}"), HttpStatusCode.OK);
        await Keep(ada.GetAsync("/accounts"), HttpStatusCode.OK);
        await Keep(ada.GetAsync($"/accounts/{account.Id}/audit"), HttpStatusCode.OK);
        await Keep(ada.GetAsync($"/accounts/{account.Id}/exposure"), HttpStatusCode.OK);
        await Keep(ada.GetAsync($"/accounts/{account.Id}/break-glass"), HttpStatusCode.OK);
        await Keep(ada.GetAsync("/reports/exposure?userId=carl"), HttpStatusCode.OK);

        await Keep(beth.PostAsJsonAsync($"/accounts/{other.Id}/suspend", new { reason = "closing" }), HttpStatusCode.OK);
        await Keep(beth.PostAsJsonAsync($"/accounts/{other.Id}/decommissioning", new { reason = "closing" }), HttpStatusCode.OK);
        foreach (var item in new[] { "ContentArchived", "HandedBack", "DisclaimerLinksRemoved" })
            await Keep(beth.PostAsJsonAsync($"/accounts/{other.Id}/decommissioning/checklist", new { item }), HttpStatusCode.OK);

        // Wait until the forwarder has published the credential and decommissioning facts, so they were searchable.
        await Eventually.True(() => Task.FromResult(
            published.Messages.Count(m => m.Contains("credentialVersionId")) >= 2 && published.Messages.Any(m => m.Contains("decommissionedBy"))),
            what: "the forwarder to publish CredentialRotated and AccountDecommissioned");

        Assert.Empty(await Database.TablesContaining(fixture.Custody, marker));
        Assert.DoesNotContain(fixture.Custody.Logs.Lines, l => l.Contains(marker));
        Assert.DoesNotContain(published.Messages, m => m.Contains(marker));
        Assert.DoesNotContain(responses, r => r.Contains(marker));
        // The marker is really in the database, sealed: each version has a ciphertext, none readable as text.
        Assert.True(await Database.Scalar<long>(fixture.Custody, "select count(*) from mt_doc_sealedcredential") >= 2);
        Assert.NotEmpty(fixture.Custody.Logs.Lines);
        Assert.NotEmpty(published.Messages);
    }

    private async Task<string> Keep(Task<HttpResponseMessage> call, HttpStatusCode expected)
    {
        var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"Expected {expected}, got {response.StatusCode}: {body}");
        responses.Add(body + string.Join(";", response.Headers.Select(h => $"{h.Key}={string.Join(",", h.Value)}")));
        return body;
    }

    private sealed class PublishedMessages : IPublishObserver
    {
        private readonly ConcurrentQueue<string> messages = new();
        public IReadOnlyCollection<string> Messages => messages.ToArray();

        public Task PrePublish<T>(PublishContext<T> context) where T : class => Task.CompletedTask;

        public Task PostPublish<T>(PublishContext<T> context) where T : class
        {
            messages.Enqueue(JsonSerializer.Serialize(context.Message, context.Message.GetType(), Json.Options));
            return Task.CompletedTask;
        }

        public Task PublishFault<T>(PublishContext<T> context, Exception exception) where T : class => Task.CompletedTask;
    }
}
