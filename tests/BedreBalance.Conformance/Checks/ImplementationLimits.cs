using System.Xml.Linq;
using UglyToad.PdfPig.Tokens;

namespace BedreBalance.Conformance.Checks;

/// <summary>
/// A file that claims PDF/A-1 stays within PDF 1.4's implementation limits (ISO 19005-1, 6.1.12; PDF Reference 1.4,
/// appendix C): at most 8.191 elements in an array, 4.095 entries in a dictionary, 65.535 bytes in a string. Arrays
/// that grow with the data (a table's rows, the parent and id trees, the page tree) are what breaks it; Apache
/// PDFBox Preflight stops at the first one. A file without a PDF/A claim is bound by no such limit and passes.
/// </summary>
/// <param name="maximumArrayLength">8.191; lower only to check a file rendered with a lowered limit (a test's seam).</param>
public sealed class ImplementationLimits(int maximumArrayLength = ImplementationLimits.MaximumArrayLength) : IStructureCheck
{
    public const int MaximumArrayLength = 8191;
    public const int MaximumDictionaryEntries = 4095;
    public const int MaximumStringLength = 65535;

    private static readonly XNamespace PdfAId = "http://www.aiim.org/pdfa/ns/id/";

    public string Name => "pdfa-limits";

    public IEnumerable<Violation> Check(TaggedPdf pdf)
    {
        if (!ClaimsPdfA(pdf)) yield break;
        foreach (var (reference, token) in pdf.AllObjects())
        {
            foreach (var what in Oversized(token, 0)) yield return new Violation($"object {reference.ObjectNumber} {reference.Generation}", what);
        }
    }

    /// <summary>Whether the XMP metadata has a pdfaid:part, in either of XMP's forms.</summary>
    public static bool ClaimsPdfA(TaggedPdf pdf)
    {
        if (pdf.Get<StreamToken>(pdf.Catalog, "Metadata") is not { } metadata) return false;
        var xmp = XDocument.Parse(pdf.DecodeUtf8(metadata).TrimStart('\uFEFF'));
        return xmp.Descendants().Any(e => e.Name == PdfAId + "part" || e.Attribute(PdfAId + "part") is not null);
    }

    private IEnumerable<string> Oversized(IToken token, int depth)
    {
        if (depth > 64) yield break;
        switch (token)
        {
            case ArrayToken array:
                if (array.Length > maximumArrayLength) yield return $"an array of {array.Length} elements (PDF/A-1: at most {maximumArrayLength})";
                foreach (var item in array.Data)
                {
                    foreach (var what in Oversized(item, depth + 1)) yield return what;
                }
                break;
            case DictionaryToken dictionary:
                if (dictionary.Data.Count > MaximumDictionaryEntries) yield return $"a dictionary of {dictionary.Data.Count} entries (PDF/A-1: at most {MaximumDictionaryEntries})";
                foreach (var (key, value) in dictionary.Data)
                {
                    foreach (var what in Oversized(value, depth + 1)) yield return $"/{key}: {what}";
                }
                break;
            case StreamToken stream:
                foreach (var what in Oversized(stream.StreamDictionary, depth + 1)) yield return what;
                break;
            case StringToken text when text.GetBytes().Length > MaximumStringLength:
                yield return $"a string of {text.GetBytes().Length} bytes (PDF/A-1: at most {MaximumStringLength})";
                break;
            case HexToken hex when hex.Data.Length > MaximumStringLength:
                yield return $"a string of about {hex.Data.Length} bytes (PDF/A-1: at most {MaximumStringLength})";
                break;
        }
    }
}
