using System.Security.Cryptography;
using System.Text;

namespace AccountGov.Custody.Api.Hr.Staff;

/// <summary>
/// Stream ids derived from natural keys, so a repeated HR event or a retried reconciliation addresses the same
/// stream and a second start is refused rather than duplicated.
/// </summary>
public static class StreamIds
{
    public static Guid ForStaff(string staffId) => From($"staff:{staffId}");

    public static Guid ForHandover(Guid accountId, string fromUserId, string causeEventId) =>
        From($"handover:{accountId:N}:{fromUserId}:{causeEventId}");

    public static Guid ForCustodyGap(Guid accountId) => From($"custody-gap:{accountId:N}");

    public static Guid ForForeseenGap(Guid accountId) => From($"foreseen-gap:{accountId:N}");

    public static Guid From(string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"accountgov:custody:{key}"));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x50); // version 5-style marker: name-based
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
