using System.Globalization;
using System.Text.RegularExpressions;

namespace BedreBalance.Rendering.Pdf.PdfSharpBackend;

/// <summary>
/// The post-save stage that makes PDFsharp 6.2.4's file the PDF/A-1 it claims to be, for independent validators
/// (Apache PDFBox Preflight, qpdf, Ghostscript, MuPDF), not only for viewers:
/// <list type="bullet">
/// <item>Every FlateDecode stream becomes a complete zlib stream. PDFsharp ends them without the Adler-32 trailer;
/// each is decompressed and compressed again with a managed deflater, so the bytes are the same on every machine.</item>
/// <item>Every subset CID font gets the CIDSet that PDF/A-1 (ISO 19005-1, 6.3.5) requires and PDFsharp does not write:
/// a bit for each CID the subset holds.</item>
/// <item>The objects are written again with a new cross-reference table, since stream lengths change.</item>
/// </list>
/// Input is what <c>PdfDocument.Save</c> wrote; the result is again such a file, so later rewrites still apply.
/// </summary>
internal static partial class ArchivalRewrite
{
    [GeneratedRegex(@"^/[A-Z]{6}\+")]
    private static partial Regex SubsetFontName();

    public static byte[] Apply(byte[] saved)
    {
        var file = SavedPdfFile.Parse(saved);
        using var zlib = new ZlibData();
        var decoded = CompleteFlateStreams(file, zlib);
        AddCidSets(file, decoded, zlib);
        return file.Write();
    }

    /// <summary>Re-encodes every FlateDecode stream; returns each one's decoded bytes by object number.</summary>
    private static Dictionary<int, byte[]> CompleteFlateStreams(SavedPdfFile file, ZlibData zlib)
    {
        var decoded = new Dictionary<int, byte[]>();
        foreach (var item in file.Objects)
        {
            if (!item.IsStream || !item.Entries.TryGetValue("Filter", out var filter)) continue;
            var data = item.StreamData!;
            if (filter == "/FlateDecode")
            {
                // Only font programs (the streams with /Length1, PDF 1.4, 5.8) are read again, for their glyphs.
                if (item.Entries.ContainsKey("Length1"))
                {
                    var plain = zlib.DecompressAllowingMissingChecksum(data);
                    decoded.Add(item.Number, plain);
                    item.StreamData = zlib.Compress(plain);
                }
                else
                {
                    item.StreamData = zlib.Recompress(data);
                }
            }
            else if (filter.Contains("/FlateDecode", StringComparison.Ordinal))
            {
                throw new InvalidDataException($"Object {item.Number}: FlateDecode in a filter chain ({filter}) is not expected from PDFsharp.");
            }
        }
        return decoded;
    }

    private static void AddCidSets(SavedPdfFile file, Dictionary<int, byte[]> decoded, ZlibData zlib)
    {
        // A cheap test first: a long letter has a hundred thousand objects, and only a few are fonts.
        var fonts = file.Objects.Where(o => o.DictionaryContains("CIDFontType2") && o.Entries.GetValueOrDefault("Subtype") == "/CIDFontType2").ToList();
        foreach (var font in fonts)
        {
            var entries = font.Entries;
            if (entries.GetValueOrDefault("CIDToGIDMap", "/Identity") != "/Identity")
            {
                throw new InvalidDataException($"Object {font.Number}: a CIDToGIDMap other than /Identity is not expected from PDFsharp.");
            }
            var descriptor = file.Object(Reference(entries, "FontDescriptor", font.Number));
            var descriptorEntries = descriptor.Entries;
            if (descriptorEntries.ContainsKey("CIDSet") || !SubsetFontName().IsMatch(descriptorEntries.GetValueOrDefault("FontName", ""))) continue;
            var program = file.Object(Reference(descriptorEntries, "FontFile2", descriptor.Number));
            var programBytes = decoded.GetValueOrDefault(program.Number)
                ?? (program.Entries.ContainsKey("Filter") ? throw new InvalidDataException($"Object {program.Number}: an unexpected filter on a font program.") : program.StreamData!);

            var cids = CidsInSubset(programBytes, entries.GetValueOrDefault("W"), font.Number);
            var bits = CidSetBits(cids);
            var compressed = zlib.Compress(bits);
            var cidSet = file.AddStream(string.Create(CultureInfo.InvariantCulture, $"<</Length {compressed.Length}/Filter/FlateDecode>>"), compressed);
            descriptor.Dictionary = PdfSyntax.WithEntry(descriptor.Dictionary!, "CIDSet", $"{cidSet.Number} 0 R");
        }
    }

    /// <summary>
    /// The CIDs the subset holds (CID = glyph id under /Identity): glyph 0 (.notdef, always present), every glyph with
    /// an outline (including the parts of composite glyphs), and every glyph the font's /W widths name, which adds the
    /// blank glyphs (space) that are used but have no outline.
    /// </summary>
    internal static SortedSet<int> CidsInSubset(ReadOnlySpan<byte> fontProgram, string? widths, int fontObject)
    {
        var cids = new SortedSet<int> { 0 };
        cids.UnionWith(TrueTypeGlyphs.WithOutline(fontProgram));
        if (widths is null) return cids;
        if (PdfSyntax.ReferencedObject(widths) is not null)
        {
            throw new InvalidDataException($"Object {fontObject}: /W as an indirect object is not expected from PDFsharp.");
        }
        var items = PdfSyntax.ArrayItems(widths);
        for (var i = 0; i < items.Count;)
        {
            var first = int.Parse(items[i], CultureInfo.InvariantCulture);
            if (i + 1 < items.Count && items[i + 1].StartsWith('['))
            {
                // "c [w1 w2 …]": consecutive CIDs from c.
                var count = PdfSyntax.ArrayItems(items[i + 1]).Count;
                for (var c = 0; c < count; c++) cids.Add(first + c);
                i += 2;
            }
            else if (i + 2 < items.Count)
            {
                // "c_first c_last w": one width for a range.
                var last = int.Parse(items[i + 1], CultureInfo.InvariantCulture);
                for (var c = first; c <= last; c++) cids.Add(c);
                i += 3;
            }
            else
            {
                throw new InvalidDataException($"Object {fontObject}: the /W array is malformed.");
            }
        }
        return cids;
    }

    /// <summary>One bit per CID, the high-order bit of the first byte for CID 0 (PDF 1.4, 5.5.3, "CIDSet").</summary>
    internal static byte[] CidSetBits(SortedSet<int> cids)
    {
        var bits = new byte[cids.Max / 8 + 1];
        foreach (var cid in cids)
        {
            bits[cid / 8] |= (byte)(0x80 >> (cid % 8));
        }
        return bits;
    }

    private static int Reference(IReadOnlyDictionary<string, string> entries, string key, int owner) =>
        PdfSyntax.ReferencedObject(entries.GetValueOrDefault(key))
        ?? throw new InvalidDataException($"Object {owner}: /{key} is missing or not an indirect reference.");
}
