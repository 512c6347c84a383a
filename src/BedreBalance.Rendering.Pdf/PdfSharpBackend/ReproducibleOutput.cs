using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace BedreBalance.Rendering.Pdf.PdfSharpBackend;

/// <summary>
/// Makes PDFsharp's output reproducible. On every save PDFsharp 6.2.4 writes a random font-subset tag
/// ("ABCDEF+Font"), random XMP DocumentID/InstanceID uuids and a random trailer /ID, with no setting for
/// any of them. Each has a fixed length, so they are rewritten in place, which keeps every xref offset
/// valid: first blanked, then the blanked file is hashed, then each is refilled from that hash. The same
/// content therefore always gives the same bytes, and different content different identifiers.
/// </summary>
internal static partial class ReproducibleOutput
{
    [GeneratedRegex(@"/(?:BaseFont|FontName)\s*/([A-Z]{6})\+")]
    private static partial Regex SubsetTag();

    [GeneratedRegex(@"<xmpMM:(?:DocumentID|InstanceID)>uuid:([0-9a-fA-F-]{36})<")]
    private static partial Regex XmpUuid();

    [GeneratedRegex(@"/ID\s*\[\s*<([0-9a-fA-F]{32})>\s*<([0-9a-fA-F]{32})>\s*\]")]
    private static partial Regex TrailerId();

    private enum SpanKind
    {
        SubsetTag,
        Uuid,
        DocumentId,
    }

    private sealed record Span(int Offset, string Original, SpanKind Kind);

    public static byte[] Rewrite(byte[] pdf)
    {
        // Latin-1 maps bytes to chars one to one, so string offsets are byte offsets.
        var text = Encoding.Latin1.GetString(pdf);
        var spans = FindSpans(text);
        var result = (byte[])pdf.Clone();
        foreach (var span in spans)
        {
            Write(result, span.Offset, Blank(span));
        }
        var seed = SHA256.HashData(result);
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
            Write(result, span.Offset, value);
        }
        return result;
    }

    private static List<Span> FindSpans(string text)
    {
        var spans = new List<Span>();
        foreach (Match match in SubsetTag().Matches(text))
        {
            spans.Add(new Span(match.Groups[1].Index, match.Groups[1].Value, SpanKind.SubsetTag));
        }
        foreach (Match match in XmpUuid().Matches(text))
        {
            spans.Add(new Span(match.Groups[1].Index, match.Groups[1].Value, SpanKind.Uuid));
        }
        foreach (Match match in TrailerId().Matches(text))
        {
            spans.Add(new Span(match.Groups[1].Index, match.Groups[1].Value, SpanKind.DocumentId));
            spans.Add(new Span(match.Groups[2].Index, match.Groups[2].Value, SpanKind.DocumentId));
        }
        spans.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return spans;
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

    private static void Write(byte[] target, int offset, string value) =>
        Encoding.ASCII.GetBytes(value, 0, value.Length, target, offset);
}
