using System.Security.Cryptography;
using System.Text;

namespace AccountGov.Custody.Api.Accounts;

/// <summary>
/// Account ids are name-based (RFC 9562 version 8) on the approved request's id: the same approval always names
/// the same stream, so redeliveries and replays of <c>AccountRequestApproved</c> cannot create a second account.
/// </summary>
public static class AccountIds
{
    private const string Namespace = "accountgov:custody:account:";

    public static Guid ForRequest(Guid requestId)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(Namespace + requestId.ToString("N")), hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80); // version 8
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 9562 variant
        return new Guid(bytes, bigEndian: true);
    }
}
