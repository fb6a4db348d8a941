namespace AccountGov.Testing;

/// <summary>
/// What one test class owns: a PostgreSQL database per service it hosts and one RabbitMQ virtual host,
/// all named uniquely and removed afterwards.
/// </summary>
public sealed class TestEnvironment : IAsyncDisposable
{
    private readonly List<string> databases = [];

    private TestEnvironment(TestServers servers, string name)
    {
        Servers = servers;
        Name = name;
        VirtualHost = name;
    }

    public TestServers Servers { get; }
    public string Name { get; }
    public string VirtualHost { get; }

    public static async Task<TestEnvironment> CreateAsync(string? label = null)
    {
        var servers = await TestServers.GetAsync();
        var name = $"t_{(label ?? "test").ToLowerInvariant()}_{Guid.NewGuid():N}"[..40];
        var environment = new TestEnvironment(servers, name);
        await servers.VirtualHosts.CreateAsync(environment.VirtualHost);
        return environment;
    }

    /// <summary>A connection string for a fresh database of this class; the service creates it on first start.</summary>
    public string DatabaseFor(string service)
    {
        var database = $"{Name}_{service.Replace('-', '_')}";
        databases.Add(database);
        return new Npgsql.NpgsqlConnectionStringBuilder(Servers.Postgres) { Database = database, Pooling = true }.ConnectionString;
    }

    /// <summary>The settings a service host needs to use this class's database and virtual host.</summary>
    public Dictionary<string, string?> SettingsFor(string service) => new()
    {
        ["ConnectionStrings:EventStore"] = DatabaseFor(service),
        ["RabbitMq:Host"] = Servers.Rabbit.Host,
        ["RabbitMq:Port"] = Servers.Rabbit.Port.ToString(),
        ["RabbitMq:VirtualHost"] = VirtualHost,
        ["RabbitMq:Username"] = Uri.UnescapeDataString(Servers.Rabbit.UserInfo.Split(':')[0]),
        ["RabbitMq:Password"] = Uri.UnescapeDataString(Servers.Rabbit.UserInfo.Split(':')[1]),
    };

    public async ValueTask DisposeAsync()
    {
        await Servers.VirtualHosts.DeleteAsync(VirtualHost);
        Npgsql.NpgsqlConnection.ClearAllPools();
        await using var connection = new Npgsql.NpgsqlConnection(Servers.Postgres + ";Database=postgres");
        await connection.OpenAsync();
        foreach (var database in databases)
            await DropAsync(connection, database);
    }

    // FORCE cannot end an autovacuum worker (a superuser process) working on the database, so PostgreSQL refuses
    // the drop now and then (42501); the worker is done within moments, and a persistent failure still shows.
    private static async Task DropAsync(Npgsql.NpgsqlConnection connection, string database)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var drop = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (Npgsql.PostgresException e) when (attempt < 5)
            {
                Console.Error.WriteLine($"Dropping {database} failed ({e.SqlState}: {e.MessageText}); trying again.");
                await Task.Delay(500 * attempt);
            }
        }
    }
}
