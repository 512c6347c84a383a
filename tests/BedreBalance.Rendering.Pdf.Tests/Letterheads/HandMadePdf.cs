using System.Globalization;
using System.Text;

namespace BedreBalance.Rendering.Pdf.Tests.Letterheads;

/// <summary>
/// Small PDFs written byte by byte, each with exactly the one flaw a letterhead check is to find: no exporter makes
/// them on purpose. Object 1 is the catalog, 2 the page tree, the pages follow; streams are stored unfiltered.
/// </summary>
internal static class HandMadePdf
{
    public const string A4 = "[0 0 595.28 841.89]";

    /// <summary>A page: its box, resources and content (a grey square unless given).</summary>
    public sealed record Page(string MediaBox = A4, string Resources = "<< >>", string Content = "0.5 g 100 700 50 50 re f", string Extra = "");

    /// <param name="objects">Further objects, numbered after the pages and their content streams, referred to as "N 0 R".</param>
    /// <param name="trailer">Entries added to the trailer, e.g. "/Encrypt 9 0 R".</param>
    public static byte[] Build(IReadOnlyList<Page> pages, IReadOnlyList<string>? objects = null, string trailer = "")
    {
        var bodies = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{string.Join(" ", pages.Select((_, i) => $"{3 + 2 * i} 0 R"))}] /Count {pages.Count} >>",
        };
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            bodies.Add($"<< /Type /Page /Parent 2 0 R /MediaBox {page.MediaBox} /Resources {page.Resources} /Contents {4 + 2 * i} 0 R {page.Extra} >>");
            bodies.Add(Stream("", page.Content));
        }
        bodies.AddRange(objects ?? []);
        return Write(bodies, trailer);
    }

    public static string Stream(string dictionary, string content) =>
        $"<< {dictionary} /Length {Encoding.Latin1.GetByteCount(content)} >>\nstream\n{content}\nendstream";

    /// <summary>The number the first of <c>objects</c> gets, for a document of <paramref name="pageCount"/> pages.</summary>
    public static int FirstObject(int pageCount) => 3 + 2 * pageCount;

    private static byte[] Write(List<string> bodies, string trailer)
    {
        var text = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < bodies.Count; i++)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(text.ToString()));
            text.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{bodies[i]}\nendobj\n");
        }
        var xref = Encoding.Latin1.GetByteCount(text.ToString());
        text.Append(CultureInfo.InvariantCulture, $"xref\n0 {bodies.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            text.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }
        text.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {bodies.Count + 1} /Root 1 0 R {trailer} >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(text.ToString());
    }
}
