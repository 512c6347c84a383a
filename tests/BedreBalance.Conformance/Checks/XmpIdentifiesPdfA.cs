using System.Xml.Linq;
using UglyToad.PdfPig.Tokens;

namespace BedreBalance.Conformance.Checks;

/// <summary>
/// The document's XMP metadata identifies it as PDF/A-1a (ISO 19005-1, 6.7.11: pdfaid:part 1, pdfaid:conformance A),
/// as a well-formed packet in an unfiltered metadata stream (6.7.2 and 6.7.5).
/// </summary>
public sealed class XmpIdentifiesPdfA : IStructureCheck
{
    private static readonly XNamespace PdfAId = "http://www.aiim.org/pdfa/ns/id/";

    public string Name => "xmp-pdfaid";

    public IEnumerable<Violation> Check(TaggedPdf pdf)
    {
        var metadata = pdf.Get<StreamToken>(pdf.Catalog, "Metadata");
        if (metadata is null)
        {
            yield return new Violation("catalog", "no /Metadata stream");
            yield break;
        }
        if (metadata.StreamDictionary.ContainsKey(NameToken.Filter))
        {
            yield return new Violation("catalog /Metadata", "the metadata stream is filtered; PDF/A-1 requires it in plain text");
        }
        var xmp = XDocument.Parse(pdf.DecodeUtf8(metadata).TrimStart('\uFEFF'));
        var part = Value(xmp, "part");
        var conformance = Value(xmp, "conformance");
        if (part != "1") yield return new Violation("XMP", $"pdfaid:part is {(part is null ? "missing" : $"\"{part}\"")}, not 1");
        if (conformance != "A") yield return new Violation("XMP", $"pdfaid:conformance is {(conformance is null ? "missing" : $"\"{conformance}\"")}, not A");
    }

    // XMP allows both forms: <rdf:Description pdfaid:part="1"> and <pdfaid:part>1</pdfaid:part>.
    private static string? Value(XDocument xmp, string name) =>
        xmp.Descendants().Select(e => e.Attribute(PdfAId + name)?.Value).FirstOrDefault(v => v is not null)
        ?? xmp.Descendants(PdfAId + name).Select(e => e.Value.Trim()).FirstOrDefault();
}
