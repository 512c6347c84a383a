using System.Text;
using BedreBalance.Conformance;
using BedreBalance.Rendering.Pdf.PdfSharpBackend;
using ICSharpCode.SharpZipLib.Zip.Compression;
using Microsoft.IO;
using UglyToad.PdfPig.Graphics.Operations.TextShowing;
using UglyToad.PdfPig.Graphics.Operations.TextState;
using UglyToad.PdfPig.Tokens;

namespace BedreBalance.Rendering.Pdf.Tests;

/// <summary>
/// What PDF/A-1 validators (Preflight, qpdf, Ghostscript, MuPDF) check and PDFsharp 6.2.4 alone gets wrong, tested
/// without Java: complete zlib streams and a CIDSet for every subset font. The full check is tests/conformance/check.sh.
/// </summary>
public class ArchivalOutputTests
{
    private static readonly Lazy<byte[]> Letter = new(() => PdfReadBack.Render(TestLetter.Create()).Bytes);

    [Fact]
    public void Every_flate_stream_is_a_complete_zlib_stream_with_its_adler32()
    {
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(Letter.Value);
        var checkedStreams = 0;
        foreach (var reference in pdf.Structure.CrossReferenceTable.ObjectOffsets.Keys)
        {
            if (pdf.Structure.GetObject(reference).Data is not StreamToken stream
                || !stream.StreamDictionary.TryGet(NameToken.Filter, out var filter))
            {
                continue;
            }
            Assert.Equal(NameToken.FlateDecode, filter);
            Assert.True(IsCompleteZlib(stream.Data.ToArray()), $"object {reference.ObjectNumber}: not a complete zlib stream");
            checkedStreams++;
        }
        // Three pages, two fonts with their ToUnicode maps and CIDSets, the ICC profile.
        Assert.True(checkedStreams >= 10, $"only {checkedStreams} FlateDecode streams found");
    }

    [Fact]
    public void Every_subset_font_has_a_CIDSet_with_a_bit_for_every_glyph_shown_and_no_glyph_the_font_lacks()
    {
        using var pdf = TaggedPdf.Open(Letter.Value);
        var shown = new Dictionary<string, HashSet<int>>();
        var fonts = new Dictionary<string, DictionaryToken>();
        foreach (var page in pdf.Pages)
        {
            var resources = pdf.Get<DictionaryToken>(pdf.Get<DictionaryToken>(page.Dictionary, "Resources"), "Font");
            string? current = null;
            foreach (var operation in page.Operations)
            {
                if (operation is SetFontAndSize font)
                {
                    var type0 = pdf.Get<DictionaryToken>(resources, font.Font.Data)!;
                    current = pdf.Get<NameToken>(type0, "BaseFont")!.Data;
                    fonts[current] = type0;
                    continue;
                }
                var bytes = operation switch
                {
                    ShowText text => text.Bytes.ToArray(),
                    ShowTextsWithPositioning array => array.Array.SelectMany(Bytes).ToArray(),
                    _ => null,
                };
                if (bytes is null) continue;
                Assert.NotNull(current);
                // Identity-H: two bytes per character code, and the code is the CID.
                var cids = shown.TryGetValue(current, out var set) ? set : shown[current] = [];
                for (var i = 0; i + 1 < bytes.Length; i += 2) cids.Add(bytes[i] << 8 | bytes[i + 1]);
            }
        }

        Assert.Equal(2, fonts.Count); // regular and bold
        foreach (var (name, type0) in fonts)
        {
            Assert.Matches("^[A-Z]{6}\\+", name);
            var cidFont = pdf.Resolve(pdf.Get<ArrayToken>(type0, "DescendantFonts")![0]) as DictionaryToken;
            var descriptor = pdf.Get<DictionaryToken>(cidFont, "FontDescriptor");
            var cidSet = pdf.Get<StreamToken>(descriptor, "CIDSet");
            Assert.True(cidSet is not null, $"{name} has no CIDSet");
            var bits = pdf.Decode(cidSet);
            var inSet = Enumerable.Range(0, bits.Length * 8).Where(cid => (bits[cid / 8] & (0x80 >> (cid % 8))) != 0).ToHashSet();

            Assert.Subset(inSet, shown[name]);
            Assert.Contains(0, inSet); // .notdef is in every TrueType font
            var program = pdf.Decode(pdf.Get<StreamToken>(descriptor, "FontFile2")!);
            var possible = TrueTypeGlyphs.WithOutline(program).Concat(shown[name]).Append(0).ToHashSet();
            Assert.Subset(possible, inSet);
        }
    }

    [Fact]
    public void The_rewrite_completes_a_stream_cut_before_its_checksum_and_rebuilds_the_cross_reference_table()
    {
        var content = "BT /F0 12 Tf (Bedre Balance) Tj ET\n"u8.ToArray();
        using var zlib = new ZlibData();
        var complete = zlib.Compress(content);
        var truncated = complete[..^4]; // as PDFsharp 6.2.4 writes it
        var saved = MinimalPdf.Build(
            "<</Type/Catalog/Pages 2 0 R>>",
            "<</Type/Pages/Count 1/Kids[3 0 R]>>",
            "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>",
            ("<</Length 0/Filter/FlateDecode>>", truncated));

        var rewritten = ArchivalRewrite.Apply(saved);

        Assert.Equal(rewritten, ArchivalRewrite.Apply(rewritten));
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(rewritten);
        var stream = (StreamToken)pdf.Structure.GetObject(new UglyToad.PdfPig.Core.IndirectReference(4, 0)).Data;
        Assert.True(IsCompleteZlib(stream.Data.ToArray()));
        Assert.Equal(content, UglyToad.PdfPig.PdfExtensions.Decode(stream, pdf.Structure.FilterProvider, pdf.Structure.TokenScanner).ToArray());
        MinimalPdf.AssertEveryXrefEntryPointsAtItsObject(rewritten);
    }

    [Fact]
    public void The_rewrite_reads_a_file_spread_over_many_pool_blocks_and_leaves_its_input_as_it_was()
    {
        // The renderer hands the stage a pooled buffer of 128 KB blocks: the letter fits in one, a long letter does not.
        var manager = new RecyclableMemoryStreamManager(new RecyclableMemoryStreamManager.Options { BlockSize = 1024 });
        using var spread = manager.GetStream("test", Letter.Value);
        Assert.True(spread.Length > 16 * 1024);

        using var rewritten = ArchivalRewrite.Apply(spread);

        // The letter is archival already, so the rewrite gives it back byte for byte.
        Assert.Equal(Letter.Value, rewritten.ToArray());
        Assert.Equal(Letter.Value, spread.ToArray());
    }

    [Fact]
    public void Streams_compressed_on_every_core_give_the_bytes_of_streams_compressed_one_by_one()
    {
        // Pages of a long table: plain content streams, over several of the rewrite's batches, each unlike the next.
        var pages = Enumerable.Range(0, 300).Select(page => ("<</Length 0>>", Encoding.ASCII.GetBytes(string.Concat(
            Enumerable.Range(0, 400).Select(row => $"BT /F1 9 Tf 56.7 {800 - row % 90 * 8.5:0.##} Td <{page * 400 + row:X6}> Tj ET\n"))))).ToArray();
        var saved = MinimalPdf.Build(["<</Type/Catalog>>", .. pages.Select(p => (object)p)]);
        Assert.True(saved.Length > 3 << 20, "more than one batch");

        byte[] Rewrite(int parallelFromBytes)
        {
            using var input = new MemoryStream(saved, writable: false);
            using var output = new MemoryStream();
            ArchivalRewrite.Apply(input, output, null, null, parallelFromBytes);
            return output.ToArray();
        }

        var oneByOne = Rewrite(int.MaxValue);
        Assert.Equal(oneByOne, Rewrite(0));
        Assert.True(oneByOne.Length < saved.Length / 4, "the streams are compressed");
        MinimalPdf.AssertEveryXrefEntryPointsAtItsObject(oneByOne);
    }

    [Fact]
    public void A_checksum_that_does_not_match_is_refused_rather_than_re_encoded()
    {
        using var zlib = new ZlibData();
        var corrupt = zlib.Compress("q 1 0 0 1 0 0 cm Q"u8.ToArray());
        corrupt[^1] ^= 0xFF;
        var saved = MinimalPdf.Build("<</Type/Catalog>>", ("<</Length 0/Filter/FlateDecode>>", corrupt));

        Assert.Throws<InvalidDataException>(() => ArchivalRewrite.Apply(saved));
    }

    [Fact]
    public void CIDSet_bits_run_from_the_high_order_bit_of_the_first_byte()
    {
        Assert.Equal([0b1000_0000, 0b0000_0001, 0b0100_0000], ArchivalRewrite.CidSetBits([0, 15, 17]));
    }

    /// <summary>A strict reader, as qpdf's: header, deflate data to its last block, Adler-32 that matches, nothing after.</summary>
    internal static bool IsCompleteZlib(byte[] data)
    {
        var inflater = new Inflater(noHeader: false);
        inflater.SetInput(data);
        var buffer = new byte[64 * 1024];
        try
        {
            while (!inflater.IsFinished)
            {
                if (inflater.Inflate(buffer) == 0 && inflater.IsNeedingInput) return false;
            }
        }
        catch (ICSharpCode.SharpZipLib.SharpZipBaseException)
        {
            return false; // SharpZipLib checks the Adler-32 and throws when it does not match
        }
        return inflater.RemainingInput == 0;
    }

    private static IEnumerable<byte> Bytes(IToken token) => token switch
    {
        HexToken hex => hex.Bytes.ToArray(),
        StringToken text => text.GetBytes(),
        _ => [],
    };
}
