using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IO;

namespace BedreBalance.Rendering.Pdf.PdfSharpBackend;

/// <summary>
/// Makes PDFsharp's output reproducible. On every save PDFsharp 6.2.4 writes a random font-subset tag
/// ("ABCDEF+Font"), random XMP DocumentID/InstanceID uuids and a random trailer /ID, with no setting for
/// any of them. Each has a fixed length, so they are rewritten in place, which keeps every xref offset
/// valid: first blanked, then the blanked file is hashed, then each is refilled from that hash. The same
/// content therefore always gives the same bytes, and different content different identifiers.
/// The saved file is worked on where it lies, in its pooled buffer: searched, hashed and patched, never copied.
/// </summary>
internal static class ReproducibleOutput
{
    private enum SpanKind
    {
        SubsetTag,
        Uuid,
        DocumentId,
    }

    private sealed record Span(long Offset, string Original, SpanKind Kind);

    public static void Rewrite(RecyclableMemoryStream pdf)
    {
        var spans = FindSpans(pdf.GetReadOnlySequence());
        foreach (var span in spans)
        {
            Write(pdf, span.Offset, Blank(span));
        }
        var seed = Sha256(pdf.GetReadOnlySequence());
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
            Write(pdf, span.Offset, value);
        }
        pdf.Position = pdf.Length;
    }

    /// <summary>
    /// Where the random values stand: "/BaseFont /ABCDEF+" and "/FontName /ABCDEF+", "&lt;xmpMM:DocumentID&gt;uuid:…&lt;"
    /// and "&lt;xmpMM:InstanceID&gt;uuid:…&lt;", and the trailer's "/ID [&lt;hex32&gt; &lt;hex32&gt;]"; in file order.
    /// </summary>
    private static List<Span> FindSpans(ReadOnlySequence<byte> pdf)
    {
        var spans = new List<Span>();
        foreach (var key in new[] { "/BaseFont"u8.ToArray(), "/FontName"u8.ToArray() })
        {
            foreach (var hit in Occurrences(pdf, key))
            {
                var reader = new SequenceReader<byte>(pdf.Slice(hit + key.Length));
                SkipWhiteSpace(ref reader);
                if (reader.IsNext((byte)'/', advancePast: true) && Read(ref reader, 6, out var tag) && tag.All(char.IsAsciiLetterUpper) && reader.IsNext((byte)'+'))
                {
                    spans.Add(new Span(reader.Consumed - 6 + hit + key.Length, tag, SpanKind.SubsetTag));
                }
            }
        }
        foreach (var key in new[] { "<xmpMM:DocumentID>uuid:"u8.ToArray(), "<xmpMM:InstanceID>uuid:"u8.ToArray() })
        {
            foreach (var hit in Occurrences(pdf, key))
            {
                var reader = new SequenceReader<byte>(pdf.Slice(hit + key.Length));
                if (Read(ref reader, 36, out var uuid) && uuid.All(c => char.IsAsciiHexDigit(c) || c == '-') && reader.IsNext((byte)'<'))
                {
                    spans.Add(new Span(hit + key.Length, uuid, SpanKind.Uuid));
                }
            }
        }
        foreach (var hit in Occurrences(pdf, "/ID"u8))
        {
            var start = hit + 3;
            var reader = new SequenceReader<byte>(pdf.Slice(start));
            SkipWhiteSpace(ref reader);
            if (!reader.IsNext((byte)'[', advancePast: true)) continue;
            SkipWhiteSpace(ref reader);
            var first = reader.Consumed + 1;
            if (!ReadHexString(ref reader, out var firstId)) continue;
            SkipWhiteSpace(ref reader);
            var second = reader.Consumed + 1;
            if (!ReadHexString(ref reader, out var secondId)) continue;
            SkipWhiteSpace(ref reader);
            if (!reader.IsNext((byte)']')) continue;
            spans.Add(new Span(start + first, firstId, SpanKind.DocumentId));
            spans.Add(new Span(start + second, secondId, SpanKind.DocumentId));
        }
        spans.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return spans;
    }

    /// <summary>Offsets of every occurrence of <paramref name="needle"/>, across the buffer's block boundaries.</summary>
    private static List<long> Occurrences(ReadOnlySequence<byte> bytes, ReadOnlySpan<byte> needle)
    {
        var hits = new List<long>();
        var reader = new SequenceReader<byte>(bytes);
        // The rarest-looking byte leads the search: a PDF has a '/' before every name, a letter much less often.
        while (reader.TryAdvanceTo(needle[1], advancePastDelimiter: false))
        {
            var candidate = reader.Consumed - 1;
            if (candidate >= 0 && reader.IsNext(needle[1..]) && bytes.Slice(candidate, 1).FirstSpan[0] == needle[0])
            {
                hits.Add(candidate);
            }
            reader.Advance(1);
        }
        return hits;
    }

    /// <summary>"&lt;" 32 hex digits "&gt;", leaving the reader after it.</summary>
    private static bool ReadHexString(ref SequenceReader<byte> reader, out string hex)
    {
        hex = "";
        return reader.IsNext((byte)'<', advancePast: true)
            && Read(ref reader, 32, out hex) && hex.All(char.IsAsciiHexDigit)
            && reader.IsNext((byte)'>', advancePast: true);
    }

    private static bool Read(ref SequenceReader<byte> reader, int length, out string text)
    {
        Span<byte> bytes = stackalloc byte[length];
        if (!reader.TryCopyTo(bytes))
        {
            text = "";
            return false;
        }
        reader.Advance(length);
        text = Encoding.Latin1.GetString(bytes);
        return true;
    }

    /// <summary>PDF's white-space characters (ISO 32000-1, 7.2.2).</summary>
    private static void SkipWhiteSpace(ref SequenceReader<byte> reader) => reader.AdvancePastAny("\0\t\n\f\r "u8);

    private static byte[] Sha256(ReadOnlySequence<byte> bytes)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var segment in bytes)
        {
            hash.AppendData(segment.Span);
        }
        return hash.GetHashAndReset();
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

    private static void Write(RecyclableMemoryStream target, long offset, string value)
    {
        target.Position = offset;
        target.Write(Encoding.ASCII.GetBytes(value));
    }
}
