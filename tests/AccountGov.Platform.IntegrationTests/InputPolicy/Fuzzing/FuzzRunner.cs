using System.Net.Http.Headers;
using System.Text;
using CsCheck;
using Xunit.Abstractions;

namespace AccountGov.Platform.IntegrationTests.InputPolicy.Fuzzing;

/// <summary>
/// Sends generated inputs one at a time to a real host and checks two properties of every answer: it is never a 5xx,
/// and a refused request (4xx) stored nothing: the host's stored count is the same after it as before. After an
/// accepted write the host is given time to finish what it started in the background before the next count.
/// Every input runs (no stop at the first failure, so the figures count all of them); the test fails at the end,
/// listing the first offending inputs. Requests are stateful, so there is no shrinking.
/// </summary>
public sealed class FuzzRunner(ITestOutputHelper output)
{
    /// <summary>Inputs per route: ACCOUNTGOV_FUZZ_INPUTS, or 250 so make test stays short on 2 cores (readme.md has the full runs).</summary>
    public static long InputsPerRoute =>
        long.TryParse(Environment.GetEnvironmentVariable("ACCOUNTGOV_FUZZ_INPUTS"), out var n) && n > 0 ? n : 250;

    public async Task Run(string route, HttpClient client, HttpMethod method, Gen<FuzzInput> inputs,
        Func<Task<long>> storedCount, Func<Task>? settle = null)
    {
        var statuses = new SortedDictionary<int, int>();
        var failures = new List<string>();
        var before = await storedCount();
        await inputs.SampleAsync(async input =>
        {
            using var request = new HttpRequestMessage(method, input.Path);
            if (method != HttpMethod.Get)
                request.Content = new ByteArrayContent(input.Body) { Headers = { ContentType = MediaTypeHeaderValue.Parse(input.ContentType) } };
            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (status >= 500) failures.Add($"{status} for {input}: {await Safe(response)}");
            if (status >= 400)
            {
                var after = await storedCount();
                if (after != before) failures.Add($"{status} yet {after - before} stored, for {input}");
                before = after;
                return;
            }
            if (settle is not null) await settle();
            before = await storedCount();
        }, iter: InputsPerRoute, threads: 1, print: i => i.ToString());
        output.WriteLine($"FUZZ {route}: {InputsPerRoute} inputs; statuses {string.Join(", ", statuses.Select(s => $"{s.Key}x{s.Value}"))}; failures {failures.Count}");
        Assert.True(failures.Count == 0, $"{route}: {failures.Count} failures, first: {string.Join(" | ", failures.Take(3))}");
    }

    private static async Task<string> Safe(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return Nasty.Quote(body.Length > 500 ? body[..500] : body);
    }
}
