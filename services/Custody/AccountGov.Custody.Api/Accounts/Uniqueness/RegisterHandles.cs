using AccountGov.ServiceDefaults.Validation;
using Marten;

namespace AccountGov.Custody.Api.Accounts.Uniqueness;

/// <summary>What already holds a platform + handle: an account in the register or a request in the flow.</summary>
public sealed record HandleHolder(string Kind, Guid Id, string Status)
{
    public string Describe() => Kind == "account"
        ? $"already in the register: account {Id} ({Status})"
        : $"already requested: request {Id} ({Status})";
}

/// <summary>
/// MECCG139 §6: one platform + handle, one account (compared by <see cref="HandleKey"/>), across the register and
/// the requests in the flow (<see cref="RequestedHandle"/>). A decommissioned account keeps its handle: the register
/// remembers it.
/// </summary>
public static class RegisterHandles
{
    public static async Task<IReadOnlyDictionary<string, HandleHolder>> HoldersOf(
        IQuerySession session, IReadOnlyCollection<(string Platform, string Handle)> wanted, CancellationToken ct)
    {
        var keys = wanted.Select(w => HandleKey.Of(w.Platform, w.Handle)).ToHashSet();
        var platforms = wanted.Select(w => w.Platform).Distinct().ToArray();
        var holders = new Dictionary<string, HandleHolder>();
        // Narrowed by platform in the database, compared here: keys are not stored on older account documents.
        var accounts = await session.Query<Account>().Where(a => platforms.Contains(a.Platform))
            .Select(a => new { a.Id, a.Platform, a.Handle, a.Status }).ToListAsync(ct);
        foreach (var a in accounts)
            holders.TryAdd(HandleKey.Of(a.Platform, a.Handle), new HandleHolder("account", a.Id, a.Status.ToString()));
        var keyList = keys.ToArray();
        var requested = await session.Query<RequestedHandle>().Where(r => keyList.Contains(r.Key) && !r.Closed).ToListAsync(ct);
        foreach (var r in requested)
            holders.TryAdd(r.Key, new HandleHolder("request", r.Id, "in the approval flow"));
        return holders.Where(h => keys.Contains(h.Key)).ToDictionary();
    }
}
