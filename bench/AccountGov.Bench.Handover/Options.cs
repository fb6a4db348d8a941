namespace AccountGov.Bench.Handover;

/// <summary>Command-line options: <c>--name value</c> pairs, each with a default that suits a local run.</summary>
public sealed record Options(
    Uri Custody, int Accounts, int Rows, string RabbitHost, int RabbitPort, string RabbitVirtualHost, string RabbitUser,
    string RabbitPassword, string Postgres, int ProbeSeconds)
{
    public static Options Parse(string[] args)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i + 1 < args.Length; i += 2) map[args[i].TrimStart('-')] = args[i + 1];
        string Get(string key, string fallback) => map.GetValueOrDefault(key) ?? Environment.GetEnvironmentVariable($"BENCH_{key.ToUpperInvariant()}") ?? fallback;
        return new Options(
            new Uri(Get("custody", "http://127.0.0.1:5103")),
            int.Parse(Get("accounts", "1000")),
            int.Parse(Get("rows", "10000")),
            Get("rabbit-host", "127.0.0.1"), int.Parse(Get("rabbit-port", "5672")), Get("rabbit-vhost", "/"),
            Get("rabbit-user", "guest"), Get("rabbit-password", "guest"),
            Get("postgres", "Host=127.0.0.1;Port=5432;Username=accountgov;Password=accountgov;Database=postgres"),
            int.Parse(Get("probe-seconds", "5")));
    }
}
