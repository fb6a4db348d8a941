using System.Text;
using AccountGov.ServiceDefaults.Errors;

namespace AccountGov.ServiceDefaults.Input;

/// <summary>
/// The text policy for uploaded files, which their endpoints read as a stream rather than through model binding:
/// the bytes must be UTF-8 with no NUL or control character but tab and line breaks, and (for JSON) no escaped
/// control character or lone surrogate. A file that breaks this is refused whole as an <see cref="InvalidInput"/>
/// on the field "file", which the reading endpoint turns into a 400 with nothing applied.
/// </summary>
internal sealed class UploadTextGuard(Stream inner, bool json) : Stream
{
    private const string Refusal = "The file is not clean UTF-8 text (NUL, a control character or broken Unicode); nothing in it was applied.";
    private readonly Decoder utf8 = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
    private readonly JsonEscapes escapes = new();

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Check(buffer.AsSpan(offset, inner.Read(buffer, offset, count)));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default)
    {
        var n = await inner.ReadAsync(buffer, ct);
        return Check(buffer.Span[..n]);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken ct) =>
        ReadAsync(buffer.AsMemory(offset, count), ct).AsTask();

    private int Check(ReadOnlySpan<byte> bytes)
    {
        try
        {
            utf8.GetCharCount(bytes, flush: bytes.IsEmpty);
        }
        catch (DecoderFallbackException)
        {
            throw new InvalidInput("file", Refusal);
        }
        foreach (var b in bytes)
            if ((b < 0x20 && b is not (0x09 or 0x0A or 0x0D)) || b == 0x7F || (json && !escapes.Accept(b)))
                throw new InvalidInput("file", Refusal);
        if (bytes.IsEmpty && json && !escapes.Complete) throw new InvalidInput("file", Refusal);
        return bytes.Length;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>Follows JSON string escapes byte by byte and refuses the \u escapes the text policy refuses.</summary>
internal sealed class JsonEscapes
{
    private int state; // 0 text, 1 after '\', 2..5 reading hex digits
    private int value;
    private bool expectLow; // a high surrogate was escaped: the next escape must be its low half

    public bool Complete => state == 0 && !expectLow;

    public bool Accept(byte b)
    {
        switch (state)
        {
            case 0 when b == '\\':
                state = 1;
                return true;
            case 0:
                return !expectLow;
            case 1 when b == 'u':
                state = 2;
                value = 0;
                return true;
            case 1:
                state = 0;
                return !expectLow;
            default:
                var digit = HexValue(b);
                if (digit < 0) return false;
                value = (value << 4) | digit;
                if (++state < 6) return true;
                state = 0;
                return Escaped(value);
        }
    }

    private bool Escaped(int c)
    {
        var low = c is >= 0xDC00 and <= 0xDFFF;
        if (expectLow != low) return false;
        expectLow = c is >= 0xD800 and <= 0xDBFF;
        return !(c < 0x20 && c is not (0x09 or 0x0A or 0x0D)) && !(c is >= 0x7F and <= 0x9F) && c is not (0xFFFE or 0xFFFF);
    }

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };
}
