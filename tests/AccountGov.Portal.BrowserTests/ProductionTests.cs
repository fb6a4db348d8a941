using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AccountGov.Portal.BrowserTests;

/// <summary>
/// The Portal as it runs in Production (OIDC sign-in; the authority is never contacted here): the persona picker
/// does not exist, forms refuse a post without the anti-forgery token, and the headers hold.
/// </summary>
public sealed class ProductionTests : IAsyncLifetime
{
    private readonly PortalHost portal = new(new Dictionary<string, string?>
    {
        ["Portal:Oidc:Authority"] = "https://login.example.invalid/accountgov",
        ["Portal:Oidc:ClientId"] = "accountgov-portal",
    }, environment: "Production");

    private HttpClient client = null!;

    public Task InitializeAsync()
    {
        client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        return Task.CompletedTask;
    }

    [Fact]
    public async Task GivenProduction_WhenThePersonaPickerIsAsked_ThenItIsNotFound()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/sign-in/personas")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sign-in")).StatusCode);
    }

    [Fact]
    public async Task GivenProduction_WhenAFormIsPostedWithoutItsAntiForgeryToken_ThenItIsRefused()
    {
        var response = await client.PostAsync("/sign-in", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task GivenProduction_WhenAPageIsServed_ThenScriptsAreOurOwnAndCookiesSecure()
    {
        var response = await client.GetAsync("/sign-in");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        var antiforgery = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("accountgov.antiforgery="));
        Assert.Contains("secure", antiforgery);
        Assert.Contains("httponly", antiforgery);
        Assert.Contains("samesite=strict", antiforgery);
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync());
    }

    public async Task DisposeAsync() => await portal.DisposeAsync();
}
