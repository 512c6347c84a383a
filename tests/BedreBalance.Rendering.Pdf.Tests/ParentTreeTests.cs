using System.Globalization;
using System.Text.RegularExpressions;
using BedreBalance.Document;

namespace BedreBalance.Rendering.Pdf.Tests;

/// <summary>
/// The structure parent tree maps every page's marked content back to its structure elements; the renderer keeps
/// only the current page's entry in it while drawing (PDFsharp scans it once per tagged item), so check that every
/// page's entry is back, once, in page order, and that each page points at its own.
/// </summary>
public class ParentTreeTests
{
    [Fact]
    public void Every_page_of_a_long_table_has_its_own_parent_tree_entry_in_page_order()
    {
        var table = TestLetter.Table1();
        var rows = Enumerable.Range(1, 600)
            .Select(i => new TableRow(RowKind.Data, [new TableCell([new Run($"Kommune{i:0000}")]), new TableCell([new Run(TestLetter.Danish(i))])]))
            .ToList();
        var document = TestLetter.Create() with { Blocks = [table with { Body = rows }] };

        var pdf = PdfReadBack.Render(document);
        var raw = pdf.Raw;

        var parentTree = Regex.Match(raw, @"/ParentTree (\d+) 0 R").Groups[1].Value;
        var nums = Regex.Match(raw, $@"\n{parentTree} 0 obj\s*<</Nums\[(.*?)\]>>\s*endobj", RegexOptions.Singleline).Groups[1].Value;
        var keys = Regex.Matches(TopLevel(nums), @"\d+").Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
        Assert.True(pdf.Pages.Count > 10, $"{pdf.Pages.Count} pages");
        Assert.Equal(Enumerable.Range(0, pdf.Pages.Count), keys);
        var structParents = Regex.Matches(raw, @"/StructParents (\d+)").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
        Assert.Equal(Enumerable.Range(0, pdf.Pages.Count), structParents.Order());
    }

    /// <summary>The /Nums array without the arrays nested in it: only the keys are left.</summary>
    private static string TopLevel(string nums)
    {
        var depth = 0;
        var kept = new System.Text.StringBuilder();
        foreach (var c in nums)
        {
            if (c == '[') depth++;
            kept.Append(depth == 0 ? c : ' '); // PDFsharp writes "0[…]1[…]": the nested array is what separates keys
            if (c == ']') depth--;
        }
        return kept.ToString();
    }
}
