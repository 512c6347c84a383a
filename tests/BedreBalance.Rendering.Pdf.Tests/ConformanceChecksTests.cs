using BedreBalance.Conformance;
using BedreBalance.Conformance.Checks;

namespace BedreBalance.Rendering.Pdf.Tests;

/// <summary>
/// The structure checks of the conformance command (tests/BedreBalance.Conformance), each shown to pass a small
/// correct file and to catch the fault it exists for, and run on the real letter.
/// </summary>
public class ConformanceChecksTests
{
    private const string Xmp1A =
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">" +
        "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" pdfaid:part=\"1\" pdfaid:conformance=\"A\"/>" +
        "</rdf:RDF></x:xmpmeta>";

    /// <summary>One tagged page: a P element holding MCID 0, and the parent tree naming it.</summary>
    private static byte[] TaggedPage(
        string content = "/P <</MCID 0>> BDC q 0 0 10 10 re f Q EMC",
        string elementKids = "0",
        string parentTree = "<</Nums[0[6 0 R]]>>",
        string xmp = Xmp1A) =>
        MinimalPdf.Build(
            "<</Type/Catalog/Pages 2 0 R/StructTreeRoot 5 0 R/Metadata 8 0 R/MarkInfo<</Marked true>>>>",
            "<</Type/Pages/Count 1/Kids[3 0 R]>>",
            "<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]/Contents 4 0 R/StructParents 0/Resources<<>>>>",
            ("<</Length 0>>", content),
            "<</Type/StructTreeRoot/K 6 0 R/ParentTree 7 0 R>>",
            $"<</Type/StructElem/S/P/P 5 0 R/Pg 3 0 R/K {elementKids}>>",
            parentTree,
            ("<</Type/Metadata/Subtype/XML/Length 0>>", xmp));

    private static List<Violation> Run(IStructureCheck check, byte[] pdf)
    {
        using var tagged = TaggedPdf.Open(pdf);
        return check.Check(tagged).ToList();
    }

    [Fact]
    public void A_correct_tagged_page_passes_every_check()
    {
        var pdf = TaggedPage();
        // pdf-ua wants what a one-paragraph page lacks (pdfuaid, bookmarks); PdfUaTests and the letter test cover it.
        Assert.All(StructureChecks.All.Where(c => c is not PdfUaStructure), check => Assert.Empty(Run(check, pdf)));
    }

    [Theory]
    [InlineData("BT /P <</MCID 0>> BDC ET EMC", "closes BT")]
    [InlineData("/P <</MCID 0>> BDC BT EMC ET", "closes /P MCID 0")]
    [InlineData("q /P <</MCID 0>> BDC Q EMC", "closes q")]
    [InlineData("/P <</MCID 0>> BDC", "never closed")]
    [InlineData("/P <</MCID 0>> BDC EMC EMC", "not open")]
    public void Marked_content_that_crosses_a_text_object_or_graphics_state_is_reported(string content, string expected)
    {
        var violation = Assert.Single(Run(new MarkedContentNesting(), TaggedPage(content)));
        Assert.Contains(expected, violation.What, StringComparison.Ordinal);
    }

    [Fact]
    public void Painting_outside_tagged_content_is_reported_and_an_artifact_is_not()
    {
        Assert.Single(Run(new ContentIsTaggedOrArtifact(), TaggedPage("/P <</MCID 0>> BDC EMC 0 0 5 5 re S")));
        Assert.Empty(Run(new ContentIsTaggedOrArtifact(), TaggedPage("/P <</MCID 0>> BDC EMC /Artifact BMC 0 0 5 5 re S EMC")));
        Assert.Empty(Run(new ContentIsTaggedOrArtifact(), TaggedPage("/Artifact <</Type/Pagination>> BDC 0 0 5 5 re S EMC /P <</MCID 0>> BDC EMC")));
    }

    [Fact]
    public void An_MCID_that_no_element_holds_is_reported()
    {
        var violations = Run(new MarkedContentInParentTree(), TaggedPage("/P <</MCID 0>> BDC EMC /P <</MCID 1>> BDC EMC"));
        Assert.Contains(violations, v => v.Where == "page 1, MCID 1" && v.What.Contains("no structure element", StringComparison.Ordinal));
    }

    [Fact]
    public void An_MCID_held_twice_or_missing_from_the_parent_tree_is_reported()
    {
        Assert.Contains(Run(new MarkedContentInParentTree(), TaggedPage(elementKids: "[0 0]")), v => v.What.Contains("held by 2", StringComparison.Ordinal));
        Assert.Contains(Run(new MarkedContentInParentTree(), TaggedPage(parentTree: "<</Nums[0[null]]>>")), v => v.What.Contains("names nothing", StringComparison.Ordinal));
        Assert.Contains(Run(new MarkedContentInParentTree(), TaggedPage(parentTree: "<</Nums[]>>")), v => v.What.Contains("no array", StringComparison.Ordinal));
        Assert.Contains(Run(new MarkedContentInParentTree(), TaggedPage(elementKids: "[0 3]")), v => v.What.Contains("holds MCID 3", StringComparison.Ordinal));
    }

    [Fact]
    public void Xmp_without_the_PDF_A_1a_identification_is_reported()
    {
        var part2 = Xmp1A.Replace("pdfaid:part=\"1\"", "pdfaid:part=\"2\"", StringComparison.Ordinal);
        Assert.Contains(Run(new XmpIdentifiesPdfA(), TaggedPage(xmp: part2)), v => v.What.Contains("not 1", StringComparison.Ordinal));
        var elementForm = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">" +
            "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"><pdfaid:part>1</pdfaid:part><pdfaid:conformance>A</pdfaid:conformance></rdf:Description>" +
            "</rdf:RDF></x:xmpmeta>";
        Assert.Empty(Run(new XmpIdentifiesPdfA(), TaggedPage(xmp: elementForm)));
    }

    [Fact]
    public void The_letter_passes_every_structure_check()
    {
        var letter = PdfReadBack.Render(TestLetter.Create()).Bytes;
        using var pdf = TaggedPdf.Open(letter);
        foreach (var check in StructureChecks.All)
        {
            Assert.Empty(check.Check(pdf).Select(v => v.ToString()));
        }
    }
}
