using BedreBalance.Conformance;
using BedreBalance.Conformance.Checks;
using BedreBalance.Document;
using BedreBalance.Rendering.Pdf.PdfSharpBackend;
using System.Text.RegularExpressions;

namespace BedreBalance.Rendering.Pdf.Tests;

/// <summary>
/// PDF/A-1's implementation limits (ISO 19005-1, 6.1.12: at most 8.191 elements in an array). The renderer's limit
/// is lowered through <see cref="PdfRenderOptions.MaximumArrayLength"/> so that tables of a few hundred rows reach
/// it: a real table of 8.192 rows takes seconds to lay out, and the limit's logic is the same at any size.
/// </summary>
public class ArchivalLimitsTests
{
    private static TableRow Row(int i) =>
        new(RowKind.Data, [new TableCell([new Run($"Kommune{i:00000}")], IsRowHeader: true), new TableCell([new Run(TestLetter.Danish(i))])]);

    private static LetterDocument WithTables(params int[] rowCounts)
    {
        var table = TestLetter.Table1();
        var next = 1;
        var tables = rowCounts.Select((rows, t) =>
        {
            var body = Enumerable.Range(next, rows).Select(Row).ToList();
            next += rows;
            return (Block)(table with { Label = $"Tabel {t + 1}", Body = body });
        });
        return TestLetter.Create() with { Blocks = [.. tables] };
    }

    private static (PdfRendering Rendering, byte[] Bytes) Render(LetterDocument document, int limit)
    {
        using var output = new MemoryStream();
        var rendering = PdfRenderer.RenderReporting(document, output, PdfRenderOptions.Default with { MaximumArrayLength = limit });
        return (rendering, output.ToArray());
    }

    private static string Xmp(TaggedPdf pdf) =>
        pdf.DecodeUtf8(pdf.Get<UglyToad.PdfPig.Tokens.StreamToken>(pdf.Catalog, "Metadata") ?? throw new InvalidOperationException("no XMP"));

    [Fact]
    public void A_table_over_the_limit_is_written_without_the_PDF_A_claim_and_says_why()
    {
        var (rendering, bytes) = Render(WithTables(300), limit: 256);

        var exceeded = Assert.Single(rendering.ArchivalLimitsExceeded);
        Assert.False(rendering.ClaimsPdfA);
        Assert.Equal(ArchivalLimitKind.TableRows, exceeded.Kind);
        Assert.StartsWith("Tabel 1", exceeded.Name);
        // The table's rows: its header row and the 300 body rows; the caption takes one of the 256 places.
        Assert.Equal(301, exceeded.Count);
        Assert.Equal(255, exceeded.Limit);
        using var pdf = TaggedPdf.Open(bytes);
        Assert.False(ImplementationLimits.ClaimsPdfA(pdf));
        var xmp = Xmp(pdf);
        Assert.DoesNotContain("pdfaid", xmp);
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", xmp);
        // The structure is still complete and PDF/UA: only the PDF/A identification is gone.
        var violations = StructureChecks.All.SelectMany(check => check.Check(pdf).Select(v => $"{check.Name}: {v}")).ToList();
        Assert.All(violations, v => Assert.StartsWith("xmp-pdfaid: ", v));
        Assert.NotEmpty(violations);
    }

    [Fact]
    public void A_table_at_the_limit_keeps_the_claim_and_no_array_is_over_the_limit()
    {
        // 254 body rows, the header row and the caption: 256 kids, exactly the limit.
        var (rendering, bytes) = Render(WithTables(254), limit: 256);

        Assert.True(rendering.ClaimsPdfA);
        Assert.Empty(rendering.ArchivalLimitsExceeded);
        using var pdf = TaggedPdf.Open(bytes);
        Assert.True(ImplementationLimits.ClaimsPdfA(pdf));
        Assert.Empty(new ImplementationLimits(256).Check(pdf));
        Assert.NotEmpty(new ImplementationLimits(255).Check(pdf));
    }

    [Fact]
    public void A_large_document_within_the_limits_has_its_parent_and_id_trees_split_and_passes_every_structure_check()
    {
        // 30 tables of 190 rows, each row with a row header and so an id: 5.700 ids (11.400 elements in one /Names)
        // and well over 100 pages (more than 200 elements in one /Nums), against a limit of 201.
        const int limit = 201;
        var (rendering, bytes) = Render(WithTables([.. Enumerable.Repeat(190, 30)]), limit);

        Assert.True(rendering.ClaimsPdfA, string.Join("; ", rendering.ArchivalLimitsExceeded));
        using var pdf = TaggedPdf.Open(bytes);
        Assert.Empty(new ImplementationLimits(limit).Check(pdf));
        var root = pdf.StructTreeRoot!;
        Assert.NotNull(pdf.Get<UglyToad.PdfPig.Tokens.ArrayToken>(pdf.Get<UglyToad.PdfPig.Tokens.DictionaryToken>(root, "ParentTree"), "Kids"));
        Assert.NotNull(pdf.Get<UglyToad.PdfPig.Tokens.ArrayToken>(pdf.Get<UglyToad.PdfPig.Tokens.DictionaryToken>(root, "IDTree"), "Kids"));
        Assert.Equal(Enumerable.Range(0, rendering.Pages), pdf.ParentTree().Keys.Order());
        Assert.All(StructureChecks.All, check => Assert.Empty(check.Check(pdf)));
    }

    [Theory]
    [InlineData(0, 8)]
    [InlineData(4, 8)]
    [InlineData(5, 8)]
    [InlineData(1000, 8)]
    [InlineData(10_000, 8191)]
    [InlineData(100_000, 64)]
    public void Trees_are_balanced_with_limits_that_bound_their_keys_and_keep_every_entry_in_order(int count, int limit)
    {
        const int firstNumber = 100;
        var keys = Enumerable.Range(0, count).Select(i => $"id{i:000000}").ToList();
        var plan = SearchTrees.Plan(count, limit, firstNumber);
        using var output = new MemoryStream();
        var offsets = new Dictionary<int, long>();
        SearchTrees.Write(new PdfObjectWriter(output, (number, offset) => offsets.Add(number, offset)), plan, "Names"u8,
            (writer, key) => writer.TextString(keys[key]), (writer, key) => writer.Integer(key));

        // The objects as written, read back by their text: each where the writer says it begins.
        var text = System.Text.Encoding.Latin1.GetString(output.ToArray());
        var objects = Regex.Matches(text, @"(\d+) 0 obj\n(<<.*?>>)\nendobj\n", RegexOptions.Singleline)
            .ToDictionary(m => int.Parse(m.Groups[1].Value), m => (Offset: (long)m.Index, Body: m.Groups[2].Value));
        Assert.Equal(Enumerable.Range(firstNumber, plan.Count), objects.Keys.Order());
        Assert.All(objects, o => Assert.Equal(offsets[o.Key], o.Value.Offset));

        var leaves = new List<(int Depth, List<string> Keys)>();
        // Returns the keys below the node, in order, and checks each node's /Limits against them.
        List<string> Walk(int number, int depth)
        {
            var body = objects[number].Body;
            var found = new List<string>();
            if (Regex.Match(body, @"/Names\[(.*)\]") is { Success: true } names)
            {
                var items = Regex.Matches(names.Groups[1].Value, @"\((\w+)\) (\d+)").ToList();
                Assert.True(2 * items.Count <= limit, $"/Names of {2 * items.Count}");
                Assert.All(items, item => Assert.Equal(keys.IndexOf(item.Groups[1].Value), int.Parse(item.Groups[2].Value)));
                found.AddRange(items.Select(item => item.Groups[1].Value));
                leaves.Add((depth, found));
            }
            if (Regex.Match(body, @"/Kids\[([^\]]*)\]") is { Success: true } kids)
            {
                var references = Regex.Matches(kids.Groups[1].Value, @"(\d+) 0 R").Select(m => int.Parse(m.Groups[1].Value)).ToList();
                Assert.True(references.Count <= limit, $"/Kids of {references.Count}");
                foreach (var kid in references) found.AddRange(Walk(kid, depth + 1));
            }
            var limits = Regex.Match(body, @"/Limits\[\((\w+)\) \((\w+)\)\]");
            if (depth > 0)
            {
                Assert.True(limits.Success, $"object {number} has no /Limits");
                Assert.Equal((found[0], found[^1]), (limits.Groups[1].Value, limits.Groups[2].Value));
            }
            else
            {
                Assert.False(limits.Success, "the root has /Limits");
            }
            return found;
        }

        Assert.Equal(keys, Walk(firstNumber, 0));
        Assert.Single(leaves.Select(l => l.Depth).Distinct());
        if (2 * count <= limit) Assert.Single(objects);
        // Leaves as equal as can be: they differ by at most one entry.
        if (leaves.Count > 1) Assert.InRange(leaves.Max(l => l.Keys.Count) - leaves.Min(l => l.Keys.Count), 0, 1);
    }

    [Fact]
    public void Without_the_claim_the_XMP_loses_only_the_PDF_A_identification()
    {
        var document = TestLetter.Create();
        var (claimed, claimedBytes) = Render(document, ArchivalLimits.MaximumArrayLength);
        var (unclaimed, unclaimedBytes) = Render(WithTables(20), limit: 20);

        Assert.True(claimed.ClaimsPdfA);
        Assert.False(unclaimed.ClaimsPdfA);
        using var withClaim = TaggedPdf.Open(claimedBytes);
        using var withoutClaim = TaggedPdf.Open(unclaimedBytes);
        Assert.Contains("<pdfaid:part>1</pdfaid:part>", Xmp(withClaim));
        Assert.Contains("<pdfaid:conformance>A</pdfaid:conformance>", Xmp(withClaim));
        var without = Xmp(withoutClaim);
        Assert.DoesNotContain("pdfaid", without);
        Assert.Contains("<dc:title>", without);
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", without);
    }
}
