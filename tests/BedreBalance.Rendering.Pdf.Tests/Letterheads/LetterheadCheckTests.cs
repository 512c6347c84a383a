using BedreBalance.Rendering.Pdf.Letterheads;
using static BedreBalance.Rendering.Pdf.Tests.Letterheads.HandMadePdf;

namespace BedreBalance.Rendering.Pdf.Tests.Letterheads;

/// <summary>Each check a letterhead must pass, each with a file that fails only it, and the sentence that says so.</summary>
public class LetterheadCheckTests
{
    private const string File = "brevpapir.pdf";

    private static IReadOnlyList<string> Problems(byte[] pdf) => Letterhead.Read(pdf, File).Problems;

    private static void RefusedFor(byte[] pdf, string expected)
    {
        var result = Letterhead.Read(pdf, File);
        Assert.Null(result.Letterhead);
        var problem = Assert.Single(result.Problems);
        Assert.StartsWith(File, problem);
        Assert.Contains(expected, problem);
    }

    [Fact]
    public void A_plain_A4_page_is_accepted_and_two_pages_are_too()
    {
        Assert.Empty(Problems(Build([new Page()])));
        var two = Letterhead.Read(Build([new Page(), new Page()]), File);
        Assert.Empty(two.Problems);
        Assert.Equal(2, two.Letterhead!.PageCount);
        Assert.Equal(1, two.Letterhead.PageUnder(1));
        Assert.Equal(2, two.Letterhead.PageUnder(7));
        Assert.Null(Letterhead.Read(Build([new Page()]), File).Letterhead!.PageUnder(2));
    }

    [Fact]
    public void The_fictitious_letterhead_made_with_LibreOffice_is_accepted()
    {
        var bytes = System.IO.File.ReadAllBytes(RepositoryPaths.InRoot("tests", "data", "spm-346-brevpapir", "brevpapir.pdf"));
        var result = Letterhead.Read(bytes, File);
        Assert.Empty(result.Problems);
        Assert.Equal(2, result.Letterhead!.PageCount);
    }

    [Fact]
    public void Not_a_PDF() => RefusedFor("<html>brevpapir</html>"u8.ToArray(), "is not a PDF file");

    [Fact]
    public void A_damaged_PDF() => RefusedFor("%PDF-1.4\n1 0 obj\n<< /Type /Catalog"u8.ToArray(), "cannot be read as a PDF");

    [Fact]
    public void Encrypted() =>
        RefusedFor(Build([new Page()], ["<< /Filter /Standard /V 1 /R 2 /O <00> /U <00> /P -4 >>"], trailer: $"/Encrypt {FirstObject(1)} 0 R"), "is encrypted");

    [Fact]
    public void Three_pages() => RefusedFor(Build([new Page(), new Page(), new Page()]), "has 3 pages");

    [Fact]
    public void US_Letter_paper() => RefusedFor(Build([new Page(MediaBox: "[0 0 612 792]")]), "page 1 is 21.6 × 27.9 cm, not A4");

    [Fact]
    public void A_second_page_in_landscape() =>
        RefusedFor(Build([new Page(), new Page(MediaBox: "[0 0 841.89 595.28]")]), "page 2 is 29.7 × 21.0 cm, not A4");

    [Fact]
    public void A_rotated_page() => RefusedFor(Build([new Page(Extra: "/Rotate 90")]), "page 1 is rotated");

    [Fact]
    public void A_font_that_is_not_embedded() =>
        RefusedFor(Build([new Page(Resources: "<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>",
            Content: "BT /F1 12 Tf 100 700 Td (Eksempelministeriet) Tj ET")]), "fonts that are not embedded (Helvetica)");

    [Fact]
    public void Opacity_in_a_graphics_state() =>
        RefusedFor(Build([new Page(Resources: "<< /ExtGState << /GS1 << /Type /ExtGState /ca 0.5 >> >> >>", Content: "/GS1 gs 0 0 1 rg 0 0 10 10 re f")]), "uses transparency");

    [Fact]
    public void A_blend_mode() =>
        RefusedFor(Build([new Page(Resources: "<< /ExtGState << /GS1 << /Type /ExtGState /BM /Multiply >> >> >>", Content: "/GS1 gs 0 0 10 10 re f")]), "uses transparency");

    [Fact]
    public void An_image_with_a_soft_mask() =>
        RefusedFor(Build([new Page(Resources: $"<< /XObject << /Im1 {FirstObject(1)} 0 R >> >>", Content: "q 10 0 0 10 0 0 cm /Im1 Do Q")],
        [
            Stream($"/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceRGB /BitsPerComponent 8 /SMask {FirstObject(1) + 1} 0 R", "\u00ff\u0000\u0000"),
            Stream("/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8", "\u0080"),
        ]), "uses transparency (a soft mask)");

    [Fact]
    public void A_transparency_group() =>
        RefusedFor(Build([new Page(Extra: "/Group << /Type /Group /S /Transparency /CS /DeviceRGB >>")]), "uses transparency");

    [Fact]
    public void JavaScript_is_refused_and_so_is_the_link_it_sits_in()
    {
        var problems = Problems(Build([new Page(Extra: "/Annots [<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A << /S /JavaScript /JS (app.alert(1)) >> >>]")]));
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("contains JavaScript", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("annotations, links or form fields", StringComparison.Ordinal));
    }

    [Fact]
    public void Actions_when_a_page_is_viewed() =>
        RefusedFor(Build([new Page(Extra: "/AA << /O << /S /Named /N /NextPage >> >>")]), "actions that run when a page is viewed");

    [Fact]
    public void A_form_field() =>
        RefusedFor(Build([new Page(Extra: "/Annots [<< /Type /Annot /Subtype /Widget /FT /Tx /T (navn) /Rect [0 0 100 20] >>]")]), "annotations, links or form fields");

    [Fact]
    public void An_LZW_compressed_image() =>
        RefusedFor(Build([new Page(Resources: $"<< /XObject << /Im1 {FirstObject(1)} 0 R >> >>", Content: "q 10 0 0 10 0 0 cm /Im1 Do Q")],
            [Stream("/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /LZWDecode", "\u0080\u000b\u0060\u0050")]),
            "LZW-compressed");

    [Fact]
    public void A_JPEG_2000_image() =>
        RefusedFor(Build([new Page(Resources: $"<< /XObject << /Im1 {FirstObject(1)} 0 R >> >>", Content: "q 10 0 0 10 0 0 cm /Im1 Do Q")],
            [Stream("/Type /XObject /Subtype /Image /Width 1 /Height 1 /Filter /JPXDecode", "\u0000")]),
            "JPEG 2000");

    [Fact]
    public void A_layer() =>
        RefusedFor(Build([new Page(Resources: $"<< /XObject << /Fm1 {FirstObject(1)} 0 R >> >>", Content: "/Fm1 Do")],
            [Stream("/Type /XObject /Subtype /Form /BBox [0 0 10 10] /OC << /Type /OCG /Name (Logo) >>", "0 0 10 10 re f")]),
            "has layers");

    [Fact]
    public void CMYK_colours_in_the_page() =>
        RefusedFor(Build([new Page(Content: "0 0.6 1 0.2 k 100 700 50 50 re f")]), "uses CMYK colours");

    [Fact]
    public void A_CMYK_image() =>
        RefusedFor(Build([new Page(Resources: $"<< /XObject << /Im1 {FirstObject(1)} 0 R >> >>", Content: "q 10 0 0 10 0 0 cm /Im1 Do Q")],
            [Stream("/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceCMYK /BitsPerComponent 8", "\u0000\u0000\u0000\u00ff")]),
            "uses CMYK colours");

    [Fact]
    public void A_tagged_letterhead() =>
        RefusedFor(Build([new Page(Content: "/P << /MCID 0 >> BDC 0 0 10 10 re f EMC")]), "is a tagged PDF");

    [Fact]
    public void Every_problem_is_said_at_once()
    {
        var problems = Problems(Build([new Page(MediaBox: "[0 0 612 792]", Content: "0 0 0 1 k 0 0 10 10 re f", Extra: "/Rotate 90")]));
        Assert.Equal(3, problems.Count);
        Assert.All(problems, p => Assert.StartsWith(File, p));
    }
}
