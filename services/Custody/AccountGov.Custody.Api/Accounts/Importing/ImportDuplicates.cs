using AccountGov.Custody.Api.Accounts.Uniqueness;
using AccountGov.ServiceDefaults.Validation;

namespace AccountGov.Custody.Api.Accounts.Importing;

/// <summary>
/// MECCG139 §6, one platform + handle, one account: a valid row is refused when an earlier row of the same file, an
/// account in the register or a request in the flow already has its handle (case and a leading @ ignored). Pure:
/// <paramref name="seen"/> carries the file's handles from chunk to chunk.
/// </summary>
public static class ImportDuplicates
{
    public static (List<(int Row, LegacyAccount Account)> Fresh, List<(int Row, string Why)> Duplicates) Sort(
        IEnumerable<(int Row, LegacyAccount Account)> valid, Dictionary<string, int> seen, IReadOnlyDictionary<string, HandleHolder> holders)
    {
        var fresh = new List<(int, LegacyAccount)>();
        var duplicates = new List<(int, string)>();
        foreach (var (row, account) in valid)
        {
            var key = HandleKey.Of(account.Platform, account.Handle);
            var name = $"{account.Platform} @{HandleKey.Bare(account.Handle)}";
            if (seen.TryGetValue(key, out var first)) duplicates.Add((row, $"{name} is already in row {first} of this file."));
            else if (holders.TryGetValue(key, out var holder)) duplicates.Add((row, $"{name} is {holder.Describe()}."));
            else fresh.Add((row, account));
            seen.TryAdd(key, row);
        }
        return (fresh, duplicates);
    }
}
