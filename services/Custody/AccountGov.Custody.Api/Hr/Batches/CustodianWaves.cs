namespace AccountGov.Custody.Api.Hr.Batches;

/// <summary>
/// Pure: splits custodians' rows into waves in which no two rows touch the same account, so each wave's rows can be
/// decided together and committed in a few large transactions without conflicting with each other. A row goes to
/// the first wave its accounts leave free; rows keep their file order within a wave. One row per person: a person's
/// further rows must follow in order, which the caller handles.
/// </summary>
public static class CustodianWaves
{
    public static IReadOnlyList<IReadOnlyList<T>> Split<T>(IEnumerable<T> rows, Func<T, IReadOnlyCollection<Guid>> accountsOf)
    {
        var waves = new List<(HashSet<Guid> Accounts, List<T> Rows)>();
        foreach (var row in rows)
        {
            var accounts = accountsOf(row);
            var wave = waves.FindIndex(w => !accounts.Any(w.Accounts.Contains));
            if (wave < 0)
            {
                waves.Add(([], []));
                wave = waves.Count - 1;
            }
            waves[wave].Accounts.UnionWith(accounts);
            waves[wave].Rows.Add(row);
        }
        return waves.Select(w => (IReadOnlyList<T>)w.Rows).ToList();
    }
}
