using System.Text;
using System.Xml.Linq;
using UglyToad.PdfPig;

namespace BedreBalance.Rendering.Pdf.Tests;

/// <summary>Regression: PDFsharp writes metadata into the XMP unescaped; "&amp;" or "&lt;" must not break the PDF/A metadata.</summary>
public class XmpMetadataTests
{
    [Fact]
    public void Metadata_with_xml_special_characters_keeps_the_xmp_well_formed_and_the_file_readable()
    {
        var letter = TestLetter.Create();
        var metadata = letter.Metadata with
        {
            Title = letter.Metadata.Title + " & <bilag>",
            Subject = "Bedre Balance I & II <status>",
        };
        using var output = new MemoryStream();
        PdfRenderer.Render(letter with { Metadata = metadata }, output);
        var bytes = output.ToArray();

        var text = Encoding.Latin1.GetString(bytes);
        var start = text.IndexOf("<x:xmpmeta", StringComparison.Ordinal);
        var end = text.IndexOf("</x:xmpmeta>", StringComparison.Ordinal) + "</x:xmpmeta>".Length;
        var xmp = XDocument.Parse(Encoding.UTF8.GetString(bytes, start, end - start));
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        Assert.Equal(metadata.Subject, xmp.Descendants(dc + "description").Single().Value);
        Assert.Equal(metadata.Title, xmp.Descendants(dc + "title").Single().Value);

        // The xref offsets still hold: PdfPig reads the document and its information dictionary.
        using var pdf = PdfDocument.Open(bytes);
        Assert.Equal(metadata.Subject, pdf.Information.Subject);
        Assert.Equal(3, pdf.NumberOfPages);

        using var again = new MemoryStream();
        PdfRenderer.Render(letter with { Metadata = metadata }, again);
        Assert.Equal(bytes, again.ToArray());
    }
}
