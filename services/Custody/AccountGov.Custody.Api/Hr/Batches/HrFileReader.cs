using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using AccountGov.ServiceDefaults.Errors;
using CsvHelper;

namespace AccountGov.Custody.Api.Hr.Batches;

public sealed record ParsedRow(int Row, HrEventInput? Input, Dictionary<string, string[]>? Errors);

/// <summary>
/// Reads an HR file row by row straight off the request body (never the whole file in memory): a CSV with a header
/// row (CsvHelper), or a JSON array. A broken file as a whole (no header, not an array) is an <see cref="InvalidInput"/>.
/// </summary>
public static class HrFileReader
{
    private static readonly string[] Columns = ["eventId", "type", "staffId", "leaveType", "from", "to", "lastWorkingDay", "team"];

    public static async IAsyncEnumerable<ParsedRow> ReadCsv(Stream body, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var csv = CsvReader.Create(body, CsvReaderOptions.Default with { TrimWhitespace = true }, leaveOpen: true);
        await csv.ReadHeaderAsync(ct);
        // Header names match ignoring case and surrounding whitespace; absent optional columns read as empty.
        var index = Columns.ToDictionary(c => c, c => csv.TryGetFieldIndex(c, out var i) ? i : -1);
        var missing = new[] { "eventId", "type", "staffId" }.Where(c => index[c] < 0).ToArray();
        if (missing.Length > 0) throw new InvalidInput("file", $"The CSV needs a header row naming the columns {string.Join(", ", missing)}.");

        var row = 0;
        while (await csv.ReadAsync(ct))
        {
            row++;
            string? Field(string column) => index[column] is >= 0 and var i && i < csv.FieldCount ? csv.GetStringOrNull(i) : null;
            yield return new ParsedRow(row, new HrEventInput(Field("eventId"), Field("type"), Field("staffId"), Field("leaveType"),
                Field("from"), Field("to"), Field("lastWorkingDay"), Field("team")), null);
        }
    }

    public static async IAsyncEnumerable<ParsedRow> ReadJson(Stream body, [EnumeratorCancellation] CancellationToken ct)
    {
        var row = 0;
        await foreach (var element in JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(body, cancellationToken: ct))
        {
            row++;
            if (element.ValueKind != JsonValueKind.Object)
            {
                yield return new ParsedRow(row, null, new() { ["row"] = ["Each item must be an HR event object."] });
                continue;
            }
            var errors = new Dictionary<string, string[]>();
            string? Field(string name)
            {
                foreach (var p in element.EnumerateObject())
                    if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
                        return p.Value.ValueKind switch
                        {
                            JsonValueKind.String => p.Value.GetString(),
                            JsonValueKind.Null => null,
                            _ => Error(errors, name),
                        };
                return null;
            }
            var input = new HrEventInput(Field("eventId"), Field("type"), Field("staffId"), Field("leaveType"),
                Field("from"), Field("to"), Field("lastWorkingDay"), Field("team"));
            yield return new ParsedRow(row, errors.Count == 0 ? input : null, errors.Count == 0 ? null : errors);
        }
    }

    private static string? Error(Dictionary<string, string[]> errors, string field)
    {
        errors[field] = [$"{field} must be a string."];
        return null;
    }
}
