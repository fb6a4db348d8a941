using AccountGov.Custody.Api;
using AccountGov.Testing;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace AccountGov.Custody.IntegrationTests;

/// <summary>Raw SQL on the service's own database, for what an attacker or an operator could do to it.</summary>
public static class Database
{
    public static NpgsqlConnection Connect(ServiceHost<CustodyApi> custody)
    {
        return new NpgsqlConnection(custody.Get<IConfiguration>().GetConnectionString("EventStore"));
    }

    public static async Task<int> Execute(ServiceHost<CustodyApi> custody, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = Connect(custody);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return await command.ExecuteNonQueryAsync();
    }

    public static async Task<T?> Scalar<T>(ServiceHost<CustodyApi> custody, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = Connect(custody);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        var result = await command.ExecuteScalarAsync();
        return result is null or DBNull ? default : (T)result;
    }

    /// <summary>Every table in every non-system schema, with how many rows mention <paramref name="needle"/>.</summary>
    public static async Task<Dictionary<string, long>> TablesContaining(ServiceHost<CustodyApi> custody, string needle)
    {
        await using var connection = Connect(custody);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "select quote_ident(table_schema) || '.' || quote_ident(table_name) from information_schema.tables " +
            "where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')", connection))
        await using (var reader = await list.ExecuteReaderAsync())
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));

        Assert.Contains(tables, t => t.EndsWith(".mt_events"));
        var hits = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            await using var count = new NpgsqlCommand($"select count(*) from {table} t where t::text like '%' || @needle || '%'", connection);
            count.Parameters.AddWithValue("needle", needle);
            var n = (long)(await count.ExecuteScalarAsync())!;
            if (n > 0) hits[table] = n;
        }
        return hits;
    }
}
