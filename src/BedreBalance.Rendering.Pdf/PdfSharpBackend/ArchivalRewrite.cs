using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.IO;

namespace BedreBalance.Rendering.Pdf.PdfSharpBackend;

/// <summary>
/// The post-save stage that makes PDFsharp 6.2.4's file the PDF/A-1 it claims to be, for independent validators
/// (Apache PDFBox Preflight, qpdf, Ghostscript, MuPDF), not only for viewers:
/// <list type="bullet">
/// <item>Every stream but the XMP metadata becomes a complete zlib stream, compressed by a managed deflater, so the
/// bytes are the same on every machine. The renderer has PDFsharp write its streams plain; a FlateDecode stream
/// (PDFsharp's own end without the Adler-32 trailer) is decompressed and compressed again.</item>
/// <item>Every subset CID font gets the CIDSet that PDF/A-1 (ISO 19005-1, 6.3.5) requires and PDFsharp does not write:
/// a bit for each CID the subset holds.</item>
/// <item>The objects are written again with a new cross-reference table, since stream lengths change.</item>
/// <item>Objects that were never PDFsharp objects (the structure tree's elements, <see cref="IAppendedObjects"/>) are
/// written after the file's own, and the few of its own that refer to them are changed to.</item>
/// </list>
/// Input is what <c>PdfDocument.Save</c> wrote; the result is again such a file, so later rewrites still apply.
/// </summary>
internal static partial class ArchivalRewrite
{
    [GeneratedRegex(@"^/[A-Z]{6}\+")]
    private static partial Regex SubsetFontName();

    /// <summary>
    /// Reads the saved file from <paramref name="saved"/> one object at a time and writes the archival file to
    /// <paramref name="output"/>; <paramref name="saved"/> is left as it was. Beyond the output it holds the
    /// cross-reference table and about a megabyte of objects at a time (<see cref="StreamsAhead"/>), never a copy of
    /// the whole file. <paramref name="completeMetadata"/>,
    /// when given, rewrites the document's XMP packet (the catalog's /Metadata) as that object is written.
    /// </summary>
    public static void Apply(Stream saved, Stream output, IAppendedObjects? appended = null, Func<byte[], byte[]>? completeMetadata = null) =>
        Apply(saved, output, appended, completeMetadata, StreamsAhead.ParallelFromBytes);

    /// <summary>As above, compressing on every core from <paramref name="parallelFromBytes"/> of streams in a batch (tests vary it).</summary>
    internal static void Apply(Stream saved, Stream output, IAppendedObjects? appended, Func<byte[], byte[]>? completeMetadata, int parallelFromBytes)
    {
        var file = SavedPdfFile.Index(saved);
        using var zlib = new ZlibData();
        var cidSets = PlanCidSets(file, zlib);
        var metadata = completeMetadata is null ? -1 : MetadataNumber(file);
        Write(file, cidSets, zlib, output, appended, (metadata, completeMetadata), parallelFromBytes);
    }

    /// <summary>The same into a new pooled buffer, which it returns (tests, and callers that need the file in memory).</summary>
    public static RecyclableMemoryStream Apply(Stream saved, IAppendedObjects? appended = null)
    {
        var output = PdfBuffers.Manager.GetStream("archival pdf");
        try
        {
            Apply(saved, output, appended);
            return output;
        }
        catch
        {
            output.Dispose();
            throw;
        }
    }

    /// <summary>The same for a file in an array (tests, small files).</summary>
    public static byte[] Apply(byte[] saved)
    {
        using var input = new MemoryStream(saved, writable: false);
        using var output = Apply(input);
        return output.ToArray();
    }

    /// <summary>The font descriptors that get a CIDSet, with their new dictionaries, and the CIDSet streams to append.</summary>
    private sealed record CidSetPlan(Dictionary<int, PdfFileObject> Descriptors, List<(int Number, string Dictionary, byte[] Data)> Added);

    /// <summary>
    /// Every subset CID font's CIDSet, computed before anything is written: a font's descriptor may come before its
    /// font program in the file. New objects are numbered after the highest number in use, in the fonts' file order.
    /// </summary>
    private static CidSetPlan PlanCidSets(SavedPdfFile file, ZlibData zlib)
    {
        var plan = new CidSetPlan([], []);
        var nextNumber = file.MaxNumber + 1;
        for (var index = 0; index < file.Count; index++)
        {
            // A cheap test first: a long letter has a hundred thousand objects, and only a few are fonts.
            if (file.Bytes(index).IndexOf("CIDFontType2"u8) < 0) continue;
            var font = file.ReadObject(index);
            if (!font.DictionaryContains("CIDFontType2") || font.Entries.GetValueOrDefault("Subtype") != "/CIDFontType2") continue;
            var entries = font.Entries;
            if (entries.GetValueOrDefault("CIDToGIDMap", "/Identity") != "/Identity")
            {
                throw new InvalidDataException($"Object {font.Number}: a CIDToGIDMap other than /Identity is not expected from PDFsharp.");
            }
            var descriptorNumber = Reference(entries, "FontDescriptor", font.Number);
            if (!plan.Descriptors.TryGetValue(descriptorNumber, out var descriptor)) descriptor = file.Object(descriptorNumber);
            var descriptorEntries = descriptor.Entries;
            if (descriptorEntries.ContainsKey("CIDSet") || !SubsetFontName().IsMatch(descriptorEntries.GetValueOrDefault("FontName", ""))) continue;
            var program = file.Object(Reference(descriptorEntries, "FontFile2", descriptor.Number));
            var programBytes = ProgramBytes(program, zlib);

            var cids = CidsInSubset(programBytes, entries.GetValueOrDefault("W"), font.Number);
            var bits = CidSetBits(cids);
            var compressed = zlib.Compress(bits);
            var number = nextNumber++;
            plan.Added.Add((number, string.Create(CultureInfo.InvariantCulture, $"<</Length {compressed.Length}/Filter/FlateDecode>>"), compressed));
            descriptor.Dictionary = PdfSyntax.WithEntry(descriptor.Dictionary!, "CIDSet", $"{number} 0 R");
            plan.Descriptors[descriptorNumber] = descriptor;
        }
        return plan;
    }

    /// <summary>A font program's plain bytes: decoded if it is FlateDecode with /Length1 (PDF 1.4, 5.8), as stored if unfiltered.</summary>
    private static byte[] ProgramBytes(PdfFileObject program, ZlibData zlib)
    {
        if (!program.IsStream) throw new InvalidDataException($"Object {program.Number}: a font program that is not a stream.");
        var entries = program.Entries;
        if (!entries.TryGetValue("Filter", out var filter)) return program.StreamData!;
        if (filter == "/FlateDecode" && entries.ContainsKey("Length1")) return zlib.DecompressAllowingMissingChecksum(program.StreamData!);
        throw new InvalidDataException($"Object {program.Number}: an unexpected filter on a font program.");
    }

    /// <summary>Writes every object in file order (FlateDecode streams completed, descriptors with their CIDSet), the new CIDSets, and the xref.</summary>
    private static void Write(
        SavedPdfFile file, CidSetPlan cidSets, ZlibData zlib, Stream output, IAppendedObjects? appended, (int Number, Func<byte[], byte[]>? Complete) metadata,
        int parallelFromBytes)
    {
        var firstAppended = Math.Max(file.MaxNumber, cidSets.Added.Count == 0 ? 0 : cidSets.Added[^1].Number) + 1;
        var written = new long[firstAppended + (appended?.Count ?? 0)];
        Array.Fill(written, -1L);
        var streams = new StreamsAhead(file, zlib, parallelFromBytes, number => cidSets.Descriptors.ContainsKey(number) || number == metadata.Number || appended?.Patches(number) == true);
        file.CopyHeader(output);
        for (var index = 0; index < file.Count; index++)
        {
            var number = file.NumberAt(index);
            written[number] = output.Position;
            if (cidSets.Descriptors.TryGetValue(number, out var descriptor))
            {
                CompleteFlateStream(descriptor, zlib);
                descriptor.WriteTo(output);
                continue;
            }
            if (number == metadata.Number)
            {
                var packet = file.ReadObject(index);
                packet.StreamData = metadata.Complete!(packet.StreamData ?? throw new InvalidDataException($"Object {number}, the document's metadata, is not a stream."));
                packet.WriteTo(output);
                continue;
            }
            if (appended is not null && appended.Patches(number))
            {
                var patched = file.ReadObject(index);
                patched.Dictionary = appended.Patch(number, patched.Dictionary ?? throw new InvalidDataException($"Object {number} is not a dictionary."), firstAppended);
                patched.WriteTo(output);
                continue;
            }
            var bytes = file.Bytes(index);
            file.CheckHeader(index, bytes);
            // Only streams change; an object without the word "stream" in it is not one and is copied as it is.
            if (bytes.IndexOf("stream"u8) < 0)
            {
                output.Write(bytes);
                continue;
            }
            streams.Take(index).WriteTo(output);
        }
        foreach (var (number, dictionary, data) in cidSets.Added)
        {
            written[number] = output.Position;
            SavedPdfFile.WriteStreamObject(output, number, dictionary, data);
        }
        appended?.Write(new PdfObjectWriter(output, (number, offset) => written[number] = offset), firstAppended);
        file.WriteXrefAndTrailer(output, written);
    }

    /// <summary>
    /// The file's streams ahead of the writer, read and compressed a batch at a time, on every core when the batch is
    /// large: deflating the page content is a sixth of a long letter's PDF time. Each stream is compressed on its own,
    /// by a deflater reset for it, so the bytes do not depend on which thread compressed it. A short letter's few
    /// streams are compressed on the writer's thread, without waking the thread pool.
    /// </summary>
    private sealed class StreamsAhead(SavedPdfFile file, ZlibData zlib, int parallelFromBytes, Func<int, bool> writtenOtherwise)
    {
        /// <summary>About a megabyte of objects at a time: a few hundred pages of a table, held plain and compressed.</summary>
        private const int BatchBytes = 1 << 20;
        public const int ParallelFromBytes = 256 * 1024;

        private readonly Dictionary<int, PdfFileObject> compressed = [];
        /// <summary>Objects before this index have been looked at.</summary>
        private int scanned;

        /// <summary>The stream object at <paramref name="index"/>, compressed (the writer asks in file order).</summary>
        public PdfFileObject Take(int index)
        {
            if (index >= scanned) Fill(index);
            return compressed.Remove(index, out var item) ? item : throw new InvalidOperationException($"Object at index {index} is not a stream the rewrite compresses.");
        }

        private void Fill(int from)
        {
            var batch = new List<(int Index, PdfFileObject Item)>();
            var bytes = 0L;
            var index = from;
            for (; index < file.Count && bytes < BatchBytes; index++)
            {
                if (writtenOtherwise(file.NumberAt(index))) continue;
                var raw = file.Bytes(index);
                if (raw.IndexOf("stream"u8) < 0) continue;
                file.CheckHeader(index, raw);
                bytes += raw.Length;
                batch.Add((index, file.ReadObject(index)));
            }
            scanned = index;
            if (bytes < parallelFromBytes)
            {
                foreach (var (_, item) in batch) CompleteFlateStream(item, zlib);
            }
            else
            {
                Parallel.ForEach(batch, () => new ZlibData(), (entry, _, own) =>
                {
                    CompleteFlateStream(entry.Item, own);
                    return own;
                }, own => own.Dispose());
            }
            foreach (var (at, item) in batch) compressed.Add(at, item);
        }
    }

    /// <summary>
    /// Makes a stream a complete zlib stream: a FlateDecode stream is decoded and encoded again, an unfiltered one
    /// (the renderer has PDFsharp write its streams plain, so each is compressed once, here) is encoded, except the
    /// XMP metadata, which PDF/A keeps readable as plain text. Font programs are encoded like any other stream: the
    /// same deflater gives the same bytes either way.
    /// </summary>
    private static void CompleteFlateStream(PdfFileObject item, ZlibData zlib)
    {
        if (!item.IsStream) return;
        var entries = item.Entries;
        if (!entries.TryGetValue("Filter", out var filter))
        {
            if (entries.GetValueOrDefault("Type") == "/Metadata") return;
            item.StreamData = zlib.Compress(item.StreamData!);
            item.Dictionary = PdfSyntax.WithEntry(item.Dictionary!, "Filter", "/FlateDecode");
        }
        else if (filter == "/FlateDecode")
        {
            item.StreamData = zlib.Recompress(item.StreamData!);
        }
        else if (filter.Contains("/FlateDecode", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"Object {item.Number}: FlateDecode in a filter chain ({filter}) is not expected from PDFsharp.");
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

    /// <summary>The number of the document's metadata stream: the catalog's (the trailer's /Root) /Metadata.</summary>
    private static int MetadataNumber(SavedPdfFile file)
    {
        var root = PdfSyntax.ReferencedObject(PdfSyntax.Entries(file.Trailer).GetValueOrDefault("Root"))
            ?? throw new InvalidDataException("The trailer's /Root is missing or not an indirect reference.");
        var catalog = file.Object(root);
        var metadata = file.Object(Reference(catalog.Entries, "Metadata", catalog.Number));
        if (!metadata.IsStream || metadata.Entries.ContainsKey("Filter"))
        {
            throw new InvalidDataException($"Object {metadata.Number}: the document's metadata is not a plain stream.");
        }
        return metadata.Number;
    }

    private static int Reference(IReadOnlyDictionary<string, string> entries, string key, int owner) =>
        PdfSyntax.ReferencedObject(entries.GetValueOrDefault(key))
        ?? throw new InvalidDataException($"Object {owner}: /{key} is missing or not an indirect reference.");
}
