using System.Runtime.CompilerServices;
using AccountGov.ServiceDefaults.Errors;
using CsvHelper;

namespace AccountGov.Custody.Api.Accounts.Importing;

/// <summary>
/// Reads the register's CSV row by row straight off the request body (never the whole file in memory), with
/// CsvHelper as the HR file is read (Hr/Batches/HrFileReader.cs). A file without the required header is an
/// <see cref="InvalidInput"/>; absent optional columns (type, partner) read as empty.
/// </summary>
public static class AccountImportReader
{
    private static readonly string[] Required = ["platform", "handle", "team", "sponsorId", "sponsorName", "primaryId", "primaryName", "deputyId", "deputyName"];

    public static async IAsyncEnumerable<(int Row, ImportRow Input)> Read(Stream body, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var csv = CsvReader.Create(body, CsvReaderOptions.Default with { TrimWhitespace = true }, leaveOpen: true);
        await csv.ReadHeaderAsync(ct);
        var index = ImportRules.Columns.ToDictionary(c => c, c => csv.TryGetFieldIndex(c, out var i) ? i : -1);
        var missing = Required.Where(c => index[c] < 0).ToArray();
        if (missing.Length > 0) throw new InvalidInput("file", $"The CSV needs a header row naming the columns {string.Join(", ", missing)}.");

        var row = 0;
        while (await csv.ReadAsync(ct))
        {
            row++;
            string? Field(string column) => index[column] is >= 0 and var i && i < csv.FieldCount ? csv.GetStringOrNull(i) : null;
            yield return (row, new ImportRow(Field("platform"), Field("handle"), Field("team"), Field("type"), Field("partner"),
                Field("sponsorId"), Field("sponsorName"), Field("primaryId"), Field("primaryName"), Field("deputyId"), Field("deputyName")));
        }
    }
}
