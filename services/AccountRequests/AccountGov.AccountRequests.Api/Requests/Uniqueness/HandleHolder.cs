using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.ServiceDefaults.Validation;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AccountGov.AccountRequests.Api.Requests.Uniqueness;

/// <summary>What already holds a platform + handle: a request in the flow, or an account in the register.</summary>
public sealed record HandleHolder(string Kind, Guid Id, string Status)
{
    /// <summary>
    /// The 409 that names the holder, so the requester can find it rather than guess. Organisational handles and
    /// ids only; never who asked.
    /// </summary>
    public ProblemHttpResult Conflict(string platform, string handle) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "This account is already requested or in the register.",
        detail: Kind == "account"
            ? $"{platform} @{HandleKey.Bare(handle)} is already in the register: account {Id} ({Status})."
            : $"{platform} @{HandleKey.Bare(handle)} is already requested: request {Id} ({Status}).",
        extensions: new Dictionary<string, object?> { ["existing"] = this });
}

/// <summary>
/// MECCG139 §6: one platform + handle, one account, across the requests in the flow and the register (compared by
/// <see cref="HandleKey"/>). A withdrawn or rejected request frees its handle. The register's handles arrive from
/// Custody's AccountRegistered (<see cref="RegisteredHandle"/>), imported accounts included.
/// </summary>
public static class HandleUniqueness
{
    /// <summary>Pure: the account first (it is what exists), then the request in the flow, never the request itself.</summary>
    public static HandleHolder? Find(
        string key, Guid? self, IEnumerable<(Guid Id, string Platform, string Handle, RequestStatus Status)> requests,
        IEnumerable<RegisteredHandle> registered)
    {
        if (registered.FirstOrDefault(h => h.Key == key && h.RequestId != self) is { } account)
            return new HandleHolder("account", account.Id, "Registered");
        return requests
            .Where(r => r.Id != self && r.Status is not (RequestStatus.Withdrawn or RequestStatus.Rejected))
            .Where(r => HandleKey.Of(r.Platform, r.Handle) == key)
            .Select(r => new HandleHolder("request", r.Id, r.Status.ToString()))
            .FirstOrDefault();
    }

    /// <summary>
    /// Found by the stored, indexed key; a snapshot written before keys were stored is narrowed by platform and
    /// compared here (<see cref="Find"/>), so old requests still hold their handles.
    /// </summary>
    public static async Task<HandleHolder?> HolderOf(IQuerySession session, BusinessCase c, Guid? self, CancellationToken ct)
    {
        var key = HandleKey.Of(c.Platform.ToString(), c.Handle);
        var platform = c.Platform;
        var requests = await session.Query<AccountRequest>()
            .Where(r => (r.UniqueKey == key || (r.UniqueKey == null && r.Case.Platform == platform))
                && r.Status != RequestStatus.Withdrawn && r.Status != RequestStatus.Rejected)
            .Select(r => new { r.Id, r.Handle, r.Status }).ToListAsync(ct);
        var registered = await session.Query<RegisteredHandle>().Where(h => h.Key == key).ToListAsync(ct);
        return Find(key, self, requests.Select(r => (r.Id, platform.ToString(), r.Handle, r.Status)), registered);
    }
}
