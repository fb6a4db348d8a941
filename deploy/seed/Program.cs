using AccountGov.Seed;

var personas = new Personas(
    new Uri(Environment.GetEnvironmentVariable("ACCOUNTREQUESTS_URL") ?? "http://127.0.0.1:5101"),
    new Uri(Environment.GetEnvironmentVariable("APPROVALS_URL") ?? "http://127.0.0.1:5102"),
    new Uri(Environment.GetEnvironmentVariable("CUSTODY_URL") ?? "http://127.0.0.1:5103"));

using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
try
{
    await new DemoData(personas, Console.Out).SeedAsync(timeout.Token);
    return 0;
}
catch (Exception ex)
{
    Console.Error.WriteLine($"[seed] failed: {ex.GetType().Name}: {ex.Message}{(ex is Refit.ApiException api ? $" ({api.HttpMethod} {api.Uri?.AbsolutePath})" : "")}");
    return 1;
}
