using System.Text;
using System.Xml.Linq;
using BedreBalance.Document;
using BedreBalance.Conformance;

namespace BedreBalance.Rendering.Pdf.Tests;

/// <summary>
/// PDF/UA-1 of the letter, read back with PdfPig (issue 10, point 2): each fact a screen reader relies on, checked
/// in the PDF itself. <see cref="PdfStructure"/> is the same checker the conformance command runs.
/// </summary>
public class PdfUaTests
{
    private static readonly Lazy<PdfStructure> Letter = new(() => PdfStructure.Read(PdfReadBack.Render(TestLetter.Create()).Bytes));

    [Fact]
    public void The_letter_passes_every_structure_check()
    {
        Assert.Equal("", string.Join("\n", Letter.Value.Problems));
    }

    /// <summary>The tag tree as a screen reader walks it, one element a line: review it as a reader would.</summary>
    [Fact]
    public void Structure_snapshot()
    {
        ApprovalTests.Approvals.Verify(Letter.Value.Outline());
    }

    [Fact]
    public void The_xmp_identifies_pdf_ua_1_with_the_extension_schema_pdf_a_1_requires()
    {
        var xmp = XDocument.Parse(Letter.Value.Xmp[Letter.Value.Xmp.IndexOf("<x:xmpmeta", StringComparison.Ordinal)..(Letter.Value.Xmp.IndexOf("</x:xmpmeta>", StringComparison.Ordinal) + 12)]);
        XNamespace pdfuaid = "http://www.aiim.org/pdfua/ns/id/";
        XNamespace schema = "http://www.aiim.org/pdfa/ns/schema#";
        XNamespace property = "http://www.aiim.org/pdfa/ns/property#";
        Assert.Equal("1", xmp.Descendants(pdfuaid + "part").Single().Value);
        var described = xmp.Descendants(schema + "namespaceURI").Single(e => e.Value == pdfuaid.NamespaceName).Parent!;
        Assert.Equal("pdfuaid", described.Element(schema + "prefix")!.Value);
        var part = described.Descendants(property + "name").Single().Parent!;
        Assert.Equal(("part", "Integer", "internal"), (part.Element(property + "name")!.Value, part.Element(property + "valueType")!.Value, part.Element(property + "category")!.Value));
    }

    [Fact]
    public void Every_table_holds_its_caption_first_in_two_parts_and_no_row_groups()
    {
        var tables = Letter.Value.All("Table").ToList();
        var model = TestLetter.Create().Blocks.OfType<Table>().ToList();
        Assert.Equal(model.Count, tables.Count);
        for (var i = 0; i < tables.Count; i++)
        {
            var caption = tables[i].Kids[0];
            Assert.Equal("Caption", caption.Tag);
            Assert.Equal([model[i].Label, string.Concat(model[i].Subtitle.Select(r => r.Text))], caption.Kids.Select(k => k.Text.Trim()));
            Assert.All(tables[i].Kids.Skip(1), row => Assert.Equal("TR", row.Tag));
        }
        Assert.DoesNotContain(Letter.Value.Elements, e => e.Tag is "THead" or "TBody" or "TFoot" or "H3");
    }

    [Fact]
    public void Column_headers_have_column_scope_and_every_total_names_its_row()
    {
        foreach (var table in Letter.Value.All("Table"))
        {
            var rows = table.Kids.Where(k => k.Tag == "TR").ToList();
            Assert.All(rows[0].Kids, cell => Assert.Equal(("TH", "Column"), (cell.Tag, cell.Scope)));
            var total = rows.Where(r => r.Kids[0].Text.Trim() == "I alt").ToList();
            Assert.All(total, row => Assert.Equal(("TH", "Row"), (row.Kids[0].Tag, row.Kids[0].Scope)));
        }
        Assert.Equal(2, Letter.Value.All("TH").Count(th => th.Text.Trim() == "I alt")); // tables 1 and 2 have totals
    }

    [Fact]
    public void A_municipality_is_tied_to_its_region_header_and_its_column_header()
    {
        var table = Letter.Value.All("Table").First();
        var region = table.Descendants().Single(e => e.Tag == "TH" && e.Text == "Region Sjælland");
        Assert.Equal("Row", region.Scope);
        Assert.NotNull(region.Id);
        var municipality = table.Descendants().Single(e => e.Tag == "TD" && e.Text.StartsWith("Guldborgsund Kommune", StringComparison.Ordinal));
        var columnHeader = table.Kids[1].Kids[0];
        Assert.Equal([columnHeader.Id!, region.Id!], municipality.Headers);
        var jobs = municipality.Parent!.Kids[1];
        Assert.Contains(region.Id!, jobs.Headers);
        var otherRegion = table.Descendants().Single(e => e.Tag == "TH" && e.Text == "Region Hovedstaden");
        Assert.DoesNotContain(otherRegion.Id!, municipality.Headers);
    }

    [Fact]
    public void No_row_is_empty()
    {
        Assert.All(Letter.Value.All("TR"), row => Assert.NotEqual("", row.Text.Trim()));
    }

    [Fact]
    public void Each_note_marker_is_a_reference_of_its_own_and_each_note_a_note_with_an_id()
    {
        var references = Letter.Value.All("Reference").ToList();
        var markers = TestLetter.Table1().Body.SelectMany(r => r.Cells).SelectMany(c => c.Runs).Where(r => r.IsNoteReference).Select(r => r.Text).ToList();
        Assert.Equal(8, markers.Count);
        Assert.Equal(markers, references.Select(r => r.Text));
        Assert.All(references, r => Assert.Equal("TD", r.Parent!.Tag));
        var guldborgsund = references[0].Parent!;
        Assert.Equal(("Guldborgsund Kommune1", "1"), (guldborgsund.Text, references[0].Text)); // the name, then its own element for the marker

        var notes = Letter.Value.All("Note").ToList();
        Assert.Equal(TestLetter.Create().Blocks.OfType<Table>().Sum(t => t.Notes.Count), notes.Count);
        Assert.All(notes, n => Assert.NotNull(n.Id));
        Assert.Equal(notes.Count, notes.Select(n => n.Id).Distinct().Count());
        Assert.StartsWith("Anm.: 1)", notes[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_numbers_and_repeated_table_tops_are_typed_pagination_artifacts()
    {
        var pdf = Letter.Value;
        var pagination = pdf.Artifacts.Where(a => a.Type == "Pagination").ToList();
        Assert.Equal(pdf.PageCount, pagination.Count(a => a.Subtype == "Footer"));
        Assert.Contains(pagination, a => a.Subtype == "Header" && a.Page > 0); // table 1 continues on page 2
        Assert.All(pdf.Artifacts.Where(a => a.Text.Length == 0), a => Assert.Equal("Layout", a.Type)); // rules
    }

    [Fact]
    public void Bookmarks_lead_to_the_title_the_two_sections_and_each_table_in_reading_order()
    {
        var letter = TestLetter.Create();
        var title = letter.Metadata.Title;
        var tables = letter.Blocks.OfType<Table>().Select(t => t.Name).ToList();
        Assert.Equal(
            [(title, 0), ("Spørgsmål", 1), ("Svar", 1), .. tables.Select(t => (t, 2))],
            Letter.Value.Bookmarks);
    }

    [Fact]
    public void Marked_content_nests_with_text_objects_and_graphics_states_on_a_long_table_too()
    {
        var table = TestLetter.Table1();
        var rows = Enumerable.Range(1, 300)
            .Select(i => new TableRow(i % 50 == 1 ? RowKind.Group : RowKind.Data,
                [new TableCell([new Run($"Kommune{i:0000}")], IsRowHeader: i % 50 == 1), new TableCell([new Run(TestLetter.Danish(i))])]))
            .ToList();
        var document = TestLetter.Create() with { Blocks = [table with { Body = rows }] };

        var pdf = PdfStructure.Read(PdfReadBack.Render(document).Bytes);

        Assert.True(pdf.PageCount > 5, $"{pdf.PageCount} pages");
        Assert.Equal("", string.Join("\n", pdf.Problems));
    }

    [Fact]
    public void The_checker_finds_what_pdfsharp_s_own_tagging_got_wrong()
    {
        // A file in the shape PDFsharp's UAManager wrote before: marked content opened inside BT and closed after ET,
        // an untyped artifact, a TH without scope and a caption outside its table. The checker must object to each.
        var broken = Encoding.Latin1.GetBytes(HandMadePdf(
            "BT /H1 <</MCID 0>> BDC ET EMC /Artifact BMC 0 0 m 10 0 l S EMC",
            "<</Type /StructElem /S /TH /P 5 0 R /Pg 3 0 R /K [0]>>"));

        var problems = PdfStructure.Read(broken).Problems;

        Assert.Contains(problems, p => p.Contains("do not nest", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("untyped artifact", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("without /Scope", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("pdfuaid", StringComparison.Ordinal));
    }

    /// <summary>A one-page PDF with the given content stream and one structure element (object 6) under the root (object 5).</summary>
    private static string HandMadePdf(string content, string element)
    {
        var objects = new[]
        {
            "<</Type /Catalog /Pages 2 0 R /StructTreeRoot 5 0 R /MarkInfo <</Marked true>> /Lang (da) /ViewerPreferences <</DisplayDocTitle true>>>>",
            "<</Type /Pages /Kids [3 0 R] /Count 1>>",
            "<</Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] /Contents 4 0 R /StructParents 0>>",
            $"<</Length {content.Length}>>\nstream\n{content}\nendstream",
            "<</Type /StructTreeRoot /K [6 0 R] /ParentTree <</Nums [0 [6 0 R]]>>>>",
            element,
        };
        var text = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(text.Length);
            text.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = text.Length;
        text.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) text.Append($"{offset:0000000000} 00000 n \n");
        text.Append($"trailer\n<</Size {objects.Length + 1} /Root 1 0 R>>\nstartxref\n{xref}\n%%EOF\n");
        return text.ToString();
    }
}
