using System.Net.Sockets;
using AccountGov.EventSourcing.Writing;
using Npgsql;

namespace AccountGov.Shared.UnitTests;

/// <summary>Which faults idempotent work retries through: those that say nothing about the work itself.</summary>
public class TransientFaultsTests
{
    [Theory]
    [InlineData("25P03")] // idle_in_transaction_session_timeout: rolled back, as if never tried
    [InlineData("40001")] // serialization failure
    [InlineData("57P01")] // admin shutdown (a failover)
    public void GivenAServerFaultThatSaysNothingAboutTheWork_ThenItIsTransient(string sqlState) =>
        Assert.True(TransientFaults.Is(new InvalidOperationException("wrapped", Server(sqlState))));

    [Theory]
    [InlineData("23505")] // unique violation: the work's own conflict
    [InlineData("42P01")] // undefined table: a bug, not a blip
    public void GivenAFaultOfTheWorkItself_ThenItIsNot(string sqlState) => Assert.False(TransientFaults.Is(Server(sqlState)));

    [Fact]
    public void GivenAResetConnection_ThenItIsTransient() =>
        Assert.True(TransientFaults.Is(new NpgsqlException("reset", new SocketException((int)SocketError.ConnectionReset))));

    private static PostgresException Server(string sqlState) => new("fault", "FATAL", "FATAL", sqlState);
}
