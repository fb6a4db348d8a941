using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace AccountGov.Bench.Driving;

/// <summary>
/// The running services over HTTP, as the Portal calls them: Development tokens for the demo personas, the
/// submission body of api.md, and "poll until it exists" for the hops between services.
/// </summary>
public sealed class Api : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly SocketsHttpHandler handler = new() { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };

    public HttpClient Requests { get; }
    public HttpClient Approvals { get; }
    public HttpClient Custody { get; }
    public AuthenticationHeaderValue Rita { get; private set; } = null!;
    public AuthenticationHeaderValue Sam { get; private set; } = null!;
    public AuthenticationHeaderValue Beth { get; private set; } = null!;
    public AuthenticationHeaderValue Hana { get; private set; } = null!;

    public Api(Options options)
    {
        HttpClient Client(Uri uri) => new(handler, disposeHandler: false) { BaseAddress = uri, Timeout = TimeSpan.FromMinutes(5) };
        Requests = Client(options.Requests);
        Approvals = Client(options.Approvals);
        Custody = Client(options.Custody);
    }

    public async Task SignIn()
    {
        Rita = await Token("rita", "Staff");
        Sam = await Token("sam", "SeniorManager");
        Beth = await Token("beth", "BusinessDevelopment");
        Hana = await Token("hana", "HR");
    }

    public async Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string path, AuthenticationHeaderValue auth, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body, options: Json) };
        request.Headers.Authorization = auth;
        return await client.SendAsync(request);
    }

    public async Task<T> Get<T>(HttpClient client, string path, AuthenticationHeaderValue auth)
    {
        using var response = await Send(client, HttpMethod.Get, path, auth);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    /// <summary>Submits a request (no DPIA needed) and returns its id.</summary>
    public async Task<Guid> Submit(string handle)
    {
        using var response = await Send(Requests, HttpMethod.Post, "/requests", Rita, Submission(handle));
        if (response.StatusCode != HttpStatusCode.Created)
            throw new HttpRequestException($"POST /requests answered {(int)response.StatusCode}", null, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetGuid();
    }

    /// <summary>Polls (every 2 ms for the first 100 ms, then every 10, then every 100) until the path answers 200, then returns the time since <paramref name="since"/>.</summary>
    public async Task<TimeSpan> WaitFor(HttpClient client, string path, AuthenticationHeaderValue auth, long since, Func<string, bool>? ready = null)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(2))
        {
            using (var response = await Send(client, HttpMethod.Get, path, auth))
            {
                if (response.IsSuccessStatusCode && (ready is null || ready(await response.Content.ReadAsStringAsync())))
                    return Stopwatch.GetElapsedTime(since);
            }
            // 2 ms while a hop could still meet its target, then gentler, so slow hops do not multiply the load.
            var waited = Stopwatch.GetElapsedTime(since);
            await Task.Delay(waited < TimeSpan.FromMilliseconds(100) ? 2 : waited < TimeSpan.FromSeconds(1) ? 10 : 100);
        }
        throw new TimeoutException($"{client.BaseAddress}{path} did not appear within 2 minutes");
    }

    private async Task<AuthenticationHeaderValue> Token(string userId, string role)
    {
        var response = await Requests.PostAsJsonAsync("/dev/token", new { userId, name = userId, email = $"{userId}@example.nhs.uk", roles = new[] { role } });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
    }

    private static object Submission(string handle) => new
    {
        team = "Bench Team", platform = "Instagram", handle,
        purpose = "Benchmark traffic", audience = "Nobody", benefits = "Measurement", risks = "None",
        monitoringHours = "Mon-Fri 08:00-17:00",
        sponsor = new { userId = "sam", name = "Sam Patel", email = "sam@example.nhs.uk" },
        custodians = new[]
        {
            new { userId = "carl", name = "Carl Obi", email = "carl@example.nhs.uk" },
            new { userId = "dina", name = "Dina Roy", email = "dina@example.nhs.uk" },
        },
        attestations = new { readSocialMediaPolicy = true, readEmailAndInternetPolicy = true, disclaimerWillBeDisplayed = true },
        dpiaScreening = new
        {
            personalData = false, sensitiveData = false, uniqueIdentifiers = false, pseudonymisedData = false,
            newAccessToInformation = false, newPurpose = false, privacyIntrusiveTechnology = false,
            significantAutomatedDecisions = false, additionalInformationCollected = false, intrusiveContact = false,
        },
    };

    public void Dispose()
    {
        Requests.Dispose();
        Approvals.Dispose();
        Custody.Dispose();
        handler.Dispose();
    }
}
