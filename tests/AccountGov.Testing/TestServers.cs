using Testcontainers.PostgreSql;
using Testcontainers.RabbitMq;

namespace AccountGov.Testing;

/// <summary>
/// The PostgreSQL server and RabbitMQ broker every integration test runs against, started once per test process.
/// Settings come from the environment when set (CI and these machines, see deploy/local/infra.sh); otherwise
/// Testcontainers starts both. With neither, tests fail loudly: an integration test never skips.
/// </summary>
public sealed class TestServers
{
    public const string PostgresVariable = "ACCOUNTGOV_TEST_POSTGRES";
    public const string RabbitVariable = "ACCOUNTGOV_TEST_RABBITMQ";
    public const string RabbitManagementVariable = "ACCOUNTGOV_TEST_RABBITMQ_MANAGEMENT";

    private static readonly Lazy<Task<TestServers>> Instance = new(StartAsync);

    private TestServers(string postgres, Uri rabbit, IVirtualHosts virtualHosts, IBrokerControl broker)
    {
        Postgres = postgres;
        Rabbit = rabbit;
        VirtualHosts = virtualHosts;
        Broker = broker;
    }

    /// <summary>Connection string of a role that may create databases; no Database set.</summary>
    public string Postgres { get; }

    /// <summary>amqp://user:password@host:port of the broker.</summary>
    public Uri Rabbit { get; }

    public IVirtualHosts VirtualHosts { get; }
    public IBrokerControl Broker { get; }

    public static Task<TestServers> GetAsync() => Instance.Value;

    private static async Task<TestServers> StartAsync()
    {
        var postgres = Environment.GetEnvironmentVariable(PostgresVariable);
        var rabbit = Environment.GetEnvironmentVariable(RabbitVariable);
        var management = Environment.GetEnvironmentVariable(RabbitManagementVariable);
        if (!string.IsNullOrWhiteSpace(postgres) && !string.IsNullOrWhiteSpace(rabbit) && !string.IsNullOrWhiteSpace(management))
            return new TestServers(postgres, new Uri(rabbit), new ManagementApiVirtualHosts(new Uri(management)), new ServiceCommandBroker());

        try
        {
            var pg = new PostgreSqlBuilder("postgres:15").Build();
            var mq = new RabbitMqBuilder("rabbitmq:3.10-management").Build();
            await Task.WhenAll(pg.StartAsync(), mq.StartAsync());
            var pgSettings = new Npgsql.NpgsqlConnectionStringBuilder(pg.GetConnectionString()) { Database = null };
            return new TestServers(pgSettings.ConnectionString, new Uri(mq.GetConnectionString()),
                new ContainerVirtualHosts(mq), new ContainerBroker(mq));
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException(
                $"No test servers: set {PostgresVariable}, {RabbitVariable} and {RabbitManagementVariable} " +
                "(`make test` does, after deploy/local/infra.sh), or run a Docker engine for Testcontainers.", ex);
        }
    }
}
