using System.Security.Cryptography;
using System.Text;

namespace AccountGov.EventSourcing.Ids;

/// <summary>How a name-based GUID's 16 hash bytes are laid out and marked.</summary>
public enum NameBasedLayout
{
    /// <summary>RFC 9562 version 8 (SHA-256 based), bytes in the RFC's big-endian order. Use this for new ids.</summary>
    Version8,

    /// <summary>
    /// Version 5 marker over .NET's mixed-endian byte order. Not for new ids: Custody's staff, handover and
    /// custody-gap streams are stored under ids made this way, and changing it would orphan them.
    /// </summary>
    Version5DotNetOrder,
}

/// <summary>
/// Deterministic ids (RFC 4122 v5 / RFC 9562 v8 style): the same namespace and name always give the same GUID, so a
/// redelivered message or a retried step addresses the same stream and a second start is refused, not duplicated.
/// SHA-256 of the UTF-8 namespace followed by the name; the first 16 bytes, with version and variant bits set.
/// </summary>
public static class NameBasedGuid
{
    public static Guid Create(string @namespace, string name, NameBasedLayout layout = NameBasedLayout.Version8)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(@namespace + name), hash);
        var bytes = hash[..16];
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC variant
        return layout switch
        {
            NameBasedLayout.Version8 => Marked(bytes, index: 6, version: 0x80, bigEndian: true),
            NameBasedLayout.Version5DotNetOrder => Marked(bytes, index: 7, version: 0x50, bigEndian: false),
            _ => throw new ArgumentOutOfRangeException(nameof(layout)),
        };
    }

    private static Guid Marked(Span<byte> bytes, int index, int version, bool bigEndian)
    {
        bytes[index] = (byte)((bytes[index] & 0x0F) | version);
        return new Guid(bytes, bigEndian);
    }
}
