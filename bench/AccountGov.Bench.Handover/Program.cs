using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AccountGov.Approvals.Contracts;
using AccountGov.Bench.Handover;
using MassTransit;

// Handover benchmark: registers custodianships the way production does (AccountRequestApproved on the bus),
// posts a synthetic HR file to the running Custody service, and times it until the last handover exists.
var options = Options.Parse(args);
var run = $"b{DateTime.UtcNow:HHmmss}";
var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
using var http = new HttpClient { BaseAddress = options.Custody, Timeout = TimeSpan.FromMinutes(5) };
Console.WriteLine($"run {run}: {options.Accounts} accounts, {options.Rows} HR rows, Custody at {options.Custody}");

var bd = await Token("beth", "BusinessDevelopment");
var hr = await Token("hana", "HR");

var bus = Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host(options.RabbitHost, (ushort)options.RabbitPort, options.RabbitVirtualHost, h =>
{
    h.Username(options.RabbitUser);
    h.Password(options.RabbitPassword);
}));
await bus.StartAsync();
var setup = Stopwatch.StartNew();
await Parallel.ForEachAsync(Enumerable.Range(0, options.Accounts), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
    await bus.Publish(new AccountRequestApproved(Guid.NewGuid(), "Bench", "Instagram", $"@{run}-{i}", new ApprovedStaff("sam", "Sam Patel"),
        [new($"{run}-p{i}", "Primary", ApprovedCustodianRole.Primary), new($"{run}-d{i}", "Deputy", ApprovedCustodianRole.Deputy)],
        [], "beth", DateTimeOffset.UtcNow), ct));
await bus.StopAsync();
while (await CountAccounts() < options.Accounts) await Task.Delay(500);
Console.WriteLine($"custodianships registered: {options.Accounts} accounts in {setup.Elapsed.TotalSeconds:F1} s");

var (csv, expected) = HrFile.Build(run, options.Accounts, options.Rows, DateOnly.FromDateTime(DateTime.UtcNow));
var clock = Stopwatch.StartNew();
using var post = new HttpRequestMessage(HttpMethod.Post, "/hr/events/batch") { Content = new StringContent(csv, Encoding.UTF8, "text/csv") };
post.Headers.Authorization = hr;
using var answer = await http.SendAsync(post);
var answeredIn = clock.Elapsed;
if (!answer.IsSuccessStatusCode) throw new InvalidOperationException($"POST /hr/events/batch answered {(int)answer.StatusCode}");
var location = answer.Headers.Location ?? throw new InvalidOperationException("no progress resource");
Report report;
do
{
    await Task.Delay(200);
    report = (await Get<Report>(location.ToString(), hr))!;
} while (report.Status != "Completed");
var lastHandover = clock.Elapsed;
var handovers = await CountHandovers();

var commitRate = await CommitProbe.CommitsPerSecond(options.Postgres, TimeSpan.FromSeconds(options.ProbeSeconds));
Console.WriteLine($"HR file: {report.Total} rows, {report.Accepted} accepted, {report.Rejected.Length} rejected; answered {(int)answer.StatusCode} in {answeredIn.TotalMilliseconds:F0} ms");
Console.WriteLine($"handovers: {handovers} of {expected} expected");
Console.WriteLine($"time to last handover: {lastHandover.TotalSeconds:F1} s ({report.Total / lastHandover.TotalSeconds:F0} rows/s)");
Console.WriteLine($"PostgreSQL raw commit rate (1 connection, single-row INSERT): {commitRate:F0} commits/s over {options.ProbeSeconds} s");
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
return handovers == expected ? 0 : 1;

async Task<AuthenticationHeaderValue> Token(string userId, string role)
{
    var response = await http.PostAsJsonAsync("/dev/token", new { userId, name = userId, email = $"{userId}@example.nhs.uk", roles = new[] { role } });
    response.EnsureSuccessStatusCode();
    var token = await response.Content.ReadFromJsonAsync<JsonElement>();
    return new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
}

async Task<T?> Get<T>(string path, AuthenticationHeaderValue auth)
{
    using var request = new HttpRequestMessage(HttpMethod.Get, path);
    request.Headers.Authorization = auth;
    using var response = await http.SendAsync(request);
    response.EnsureSuccessStatusCode();
    return await response.Content.ReadFromJsonAsync<T>(json);
}

async Task<int> CountAccounts()
{
    var count = 0;
    for (var skip = 0; ; skip += 200)
    {
        var page = (await Get<JsonElement[]>($"/accounts?skip={skip}&take=200", bd))!;
        count += page.Count(a => a.GetProperty("handle").GetString()!.StartsWith($"@{run}-", StringComparison.Ordinal));
        if (page.Length < 200) return count;
    }
}

async Task<int> CountHandovers()
{
    var count = 0;
    for (var skip = 0; ; skip += 500)
    {
        var page = (await Get<JsonElement[]>($"/handovers?skip={skip}&take=500", bd))!;
        count += page.Count(h => h.GetProperty("fromUserId").GetString()!.StartsWith($"{run}-", StringComparison.Ordinal));
        if (page.Length < 500) return count;
    }
}

internal sealed record Report(Guid Id, string Status, int Total, int Accepted, int Processed, JsonElement[] Rejected);
