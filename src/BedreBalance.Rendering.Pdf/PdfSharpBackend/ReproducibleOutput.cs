using System.Security.Cryptography;
using System.Text;

namespace BedreBalance.Rendering.Pdf.PdfSharpBackend;

/// <summary>
/// Makes PDFsharp's output reproducible, as it is written. On every save PDFsharp 6.2.4 writes a random font-subset
/// tag ("ABCDEF+Font"), random XMP DocumentID/InstanceID uuids and a random trailer /ID, with no setting for any of
/// them. Each has a fixed length, so each is replaced in place, which keeps every xref offset valid: written blank,
/// the blank file hashed as it passes, then each refilled from that hash by seeking back. The same content therefore
/// always gives the same bytes, and different content different identifiers.
/// <para>
/// The file goes through in one pass: what is written is held in a 64 KB window, searched there, and passed on to
/// the target and the hash, except the window's last bytes, which may hold the start of a value still being written.
/// The target must be seekable: a temporary file, or a pooled buffer for callers that want the bytes in memory.
/// </para>
/// </summary>
internal sealed class ReproducibleOutput : Stream
{
    private enum SpanKind
    {
        SubsetTag,
        Uuid,
        DocumentId,
    }

    /// <param name="Match">Where the match begins (its key), which decides in which pass it is taken.</param>
    /// <param name="Offset">Where the value to replace begins.</param>
    private sealed record Span(long Match, long Offset, string Original, SpanKind Kind);

    private const int WindowSize = 64 * 1024;
    /// <summary>
    /// The longest match, from its key to the end of its value: the trailer's "/ID [&lt;hex32&gt; &lt;hex32&gt;]" with
    /// white space bounded by <see cref="MaximumWhiteSpace"/> per gap. A pass keeps this much back for the next one.
    /// </summary>
    private const int LongestMatch = 256;
    private const int MaximumWhiteSpace = 16;

    private readonly Stream target;
    private readonly long targetStart;
    private readonly byte[] window = new byte[WindowSize];
    private int filled;
    /// <summary>Where the window's first byte stands in the output.</summary>
    private long windowStart;
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly List<Span> spans = [];
    private bool finished;

    public ReproducibleOutput(Stream target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!target.CanSeek || !target.CanWrite) throw new ArgumentException("The output must be writable and seekable: identifiers are filled in after the whole file has passed.", nameof(target));
        this.target = target;
        targetStart = target.Position;
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => !finished;
    public override long Length => throw new NotSupportedException();

    /// <summary>How many bytes were written, which the archival rewrite takes as each object's offset.</summary>
    public override long Position
    {
        get => windowStart + filled;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(finished, this);
        while (!buffer.IsEmpty)
        {
            var count = Math.Min(buffer.Length, window.Length - filled);
            buffer[..count].CopyTo(window.AsSpan(filled));
            filled += count;
            buffer = buffer[count..];
            if (filled == window.Length) Pass(final: false);
        }
    }

    public override void WriteByte(byte value) => Write([value]);

    /// <summary>
    /// Passes on the rest, then fills in every identifier from the hash of the blank file and leaves the target after
    /// the file's end. Nothing may be written after.
    /// </summary>
    public void Finish()
    {
        ObjectDisposedException.ThrowIf(finished, this);
        Pass(final: true);
        finished = true;
        var seed = hash.GetHashAndReset();
        // Values are derived in file order; a key found in a later pass never stands before an earlier one's value,
        // but sorting makes that no assumption.
        spans.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        var tags = new Dictionary<string, string>();
        var uuidCount = 0;
        foreach (var span in spans)
        {
            var value = span.Kind switch
            {
                SpanKind.SubsetTag => SubsetTagFor(tags, span.Original, seed),
                SpanKind.Uuid => UuidFrom(Derive(seed, "xmp-uuid", uuidCount++)),
                _ => SameCase(Convert.ToHexString(Derive(seed, "document-id", 0), 0, 16), span.Original),
            };
            target.Position = targetStart + span.Offset;
            target.Write(Encoding.ASCII.GetBytes(value));
        }
        target.Position = targetStart + windowStart;
    }

    /// <summary>
    /// Blanks every value whose match begins before the part passed on (all of them in the final pass), then passes
    /// that part on to the hash and the target and moves the rest to the window's start.
    /// </summary>
    private void Pass(bool final)
    {
        var passed = final ? filled : filled - LongestMatch;
        foreach (var span in FindSpans(window.AsSpan(0, filled)))
        {
            if (span.Match >= passed) continue;
            Encoding.ASCII.GetBytes(Blank(span), window.AsSpan((int)span.Offset));
            spans.Add(span with { Match = windowStart + span.Match, Offset = windowStart + span.Offset });
        }
        hash.AppendData(window, 0, passed);
        target.Write(window, 0, passed);
        window.AsSpan(passed, filled - passed).CopyTo(window);
        filled -= passed;
        windowStart += passed;
    }

    /// <summary>
    /// Where the random values stand: "/BaseFont /ABCDEF+" and "/FontName /ABCDEF+", "&lt;xmpMM:DocumentID&gt;uuid:…&lt;"
    /// and "&lt;xmpMM:InstanceID&gt;uuid:…&lt;", and the trailer's "/ID [&lt;hex32&gt; &lt;hex32&gt;]"; offsets in
    /// <paramref name="bytes"/>. Only complete matches count: one cut off at the end is found in the next pass.
    /// </summary>
    private static List<Span> FindSpans(ReadOnlySpan<byte> bytes)
    {
        var spans = new List<Span>();
        foreach (var key in (ReadOnlySpan<string>)["/BaseFont", "/FontName"])
        {
            foreach (var hit in Occurrences(bytes, key))
            {
                var at = SkipWhiteSpace(bytes, hit + key.Length);
                if (at < bytes.Length && bytes[at] == (byte)'/' && Read(bytes, at + 1, 6) is { } tag && tag.All(char.IsAsciiLetterUpper) && IsAt(bytes, at + 7, '+'))
                {
                    spans.Add(new Span(hit, at + 1, tag, SpanKind.SubsetTag));
                }
            }
        }
        foreach (var key in (ReadOnlySpan<string>)["<xmpMM:DocumentID>uuid:", "<xmpMM:InstanceID>uuid:"])
        {
            foreach (var hit in Occurrences(bytes, key))
            {
                var at = hit + key.Length;
                if (Read(bytes, at, 36) is { } uuid && uuid.All(c => char.IsAsciiHexDigit(c) || c == '-') && IsAt(bytes, at + 36, '<'))
                {
                    spans.Add(new Span(hit, at, uuid, SpanKind.Uuid));
                }
            }
        }
        foreach (var hit in Occurrences(bytes, "/ID"))
        {
            var at = SkipWhiteSpace(bytes, hit + 3);
            if (!IsAt(bytes, at, '[')) continue;
            var first = SkipWhiteSpace(bytes, at + 1) + 1;
            if (HexString(bytes, first) is not { } firstId) continue;
            var second = SkipWhiteSpace(bytes, first + 33) + 1;
            if (HexString(bytes, second) is not { } secondId || !IsAt(bytes, SkipWhiteSpace(bytes, second + 33), ']')) continue;
            spans.Add(new Span(hit, first, firstId, SpanKind.DocumentId));
            spans.Add(new Span(hit, second, secondId, SpanKind.DocumentId));
        }
        return spans;
    }

    private static List<int> Occurrences(ReadOnlySpan<byte> bytes, string key)
    {
        Span<byte> needle = stackalloc byte[key.Length];
        Encoding.ASCII.GetBytes(key, needle);
        var hits = new List<int>();
        for (var start = 0; bytes[start..].IndexOf(needle) is var found and >= 0; start += found + 1)
        {
            hits.Add(start + found);
        }
        return hits;
    }

    /// <summary>32 hex digits between "&lt;" and "&gt;", the "&lt;" just before <paramref name="at"/>.</summary>
    private static string? HexString(ReadOnlySpan<byte> bytes, int at) =>
        IsAt(bytes, at - 1, '<') && Read(bytes, at, 32) is { } hex && hex.All(char.IsAsciiHexDigit) && IsAt(bytes, at + 32, '>') ? hex : null;

    private static string? Read(ReadOnlySpan<byte> bytes, int at, int length) =>
        at >= 0 && at + length <= bytes.Length ? Encoding.Latin1.GetString(bytes.Slice(at, length)) : null;

    private static bool IsAt(ReadOnlySpan<byte> bytes, int at, char expected) => at >= 0 && at < bytes.Length && bytes[at] == (byte)expected;

    /// <summary>PDF's white-space characters (ISO 32000-1, 7.2.2), at most <see cref="MaximumWhiteSpace"/> of them.</summary>
    private static int SkipWhiteSpace(ReadOnlySpan<byte> bytes, int at)
    {
        var end = Math.Min(bytes.Length, at + MaximumWhiteSpace);
        while (at < end && "\0\t\n\f\r "u8.Contains(bytes[at])) at++;
        return at;
    }

    private static string Blank(Span span) => span.Kind switch
    {
        SpanKind.SubsetTag => "AAAAAA",
        SpanKind.Uuid => "00000000-0000-0000-0000-000000000000",
        _ => new string('0', span.Original.Length),
    };

    /// <summary>One tag per font subset: the same random tag stands in the font, its descendant and its descriptor.</summary>
    private static string SubsetTagFor(Dictionary<string, string> tags, string original, byte[] seed)
    {
        if (!tags.TryGetValue(original, out var tag))
        {
            var bytes = Derive(seed, "subset-tag", tags.Count);
            tag = string.Concat(bytes.Take(6).Select(b => (char)('A' + b % 26)));
            tags.Add(original, tag);
        }
        return tag;
    }

    private static byte[] Derive(byte[] seed, string purpose, int index) =>
        SHA256.HashData([.. seed, .. Encoding.ASCII.GetBytes($"{purpose}:{index}")]);

    private static string UuidFrom(byte[] bytes)
    {
        var hex = Convert.ToHexStringLower(bytes, 0, 16);
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }

    private static string SameCase(string hex, string original) =>
        original.Any(char.IsLower) ? hex.ToLowerInvariant() : hex.ToUpperInvariant();

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) hash.Dispose();
        base.Dispose(disposing);
    }
}
