using System.Globalization;
using System.Text;
using BedreBalance.Document;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
// Aliased: once BedreBalance.Letter (the composer) has types, a bare "Letter" would name that namespace.
using PdfLetter = UglyToad.PdfPig.Content.Letter;

namespace BedreBalance.Rendering.Pdf.Tests;

/// <summary>A run of text as it sits on a page: font, size and position (top-down baseline, in points).</summary>
public sealed record PlacedRun(double Top, double X, double Right, string Font, double Size, string Text);

/// <summary>A rendered PDF read back with PdfPig, in the terms the tests need.</summary>
public sealed class PdfReadBack
{
    public PdfReadBack(byte[] bytes)
    {
        Bytes = bytes;
        using var pdf = PdfDocument.Open(bytes);
        foreach (var page in pdf.GetPages())
        {
            PageSizes.Add((page.Width, page.Height));
            Pages.Add(Runs(page.Letters, page.Height));
            ContentLetters.Add(NonArtifactLetters(page.GetMarkedContents()).ToList());
            VisibleGlyphs.Add(page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value))
                .Select(l => (l.Value, Left: l.BoundingBox.Left, Right: l.BoundingBox.Right, Top: page.Height - l.BoundingBox.Top, Bottom: page.Height - l.BoundingBox.Bottom))
                .ToList());
        }
    }

    public static PdfReadBack Render(LetterDocument document)
    {
        using var output = new MemoryStream();
        PdfRenderer.Render(document, output);
        return new PdfReadBack(output.ToArray());
    }

    public byte[] Bytes { get; }

    public string Raw => Encoding.Latin1.GetString(Bytes);

    public List<(double Width, double Height)> PageSizes { get; } = [];

    /// <summary>Per page, the text runs in drawing order.</summary>
    public List<List<PlacedRun>> Pages { get; } = [];

    public List<List<(string Value, double Left, double Right, double Top, double Bottom)>> VisibleGlyphs { get; } = [];

    private List<List<PdfLetter>> ContentLetters { get; } = [];

    /// <summary>Per page, the tops (from the page's top edge) of the letter's own glyphs, artifacts left out.</summary>
    public List<List<double>> ContentGlyphTops() =>
        ContentLetters.Select((letters, p) => letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).Select(l => PageSizes[p].Height - l.BoundingBox.Top).ToList()).ToList();

    /// <summary>Per page, the right edges of the letter's own glyphs, artifacts left out.</summary>
    public List<List<double>> ContentGlyphRights() =>
        ContentLetters.Select(letters => letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).Select(l => l.BoundingBox.Right).ToList()).ToList();

    /// <summary>The words of the letter's content (artifacts such as page numbers and repeated headers left out), in reading order.</summary>
    public List<string> ContentWords() => Words(ContentLetters.SelectMany(l => l));

    /// <summary>Page by page: runs with rounded positions, fonts and sizes; what a reviewer reads to see what moved.</summary>
    public string LayoutSnapshot()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Pages.Count} pages\n");
        for (var p = 0; p < Pages.Count; p++)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nPage {p + 1} ({PageSizes[p].Width:0.#} x {PageSizes[p].Height:0.#})\n");
            foreach (var run in Pages[p])
            {
                text.Append(CultureInfo.InvariantCulture, $"{run.Top,6:0.0} {run.X,6:0.0}  {run.Font} {run.Size:0.#}: {run.Text}\n");
            }
        }
        return text.ToString();
    }

    private static IEnumerable<PdfLetter> NonArtifactLetters(IEnumerable<MarkedContentElement> elements)
    {
        foreach (var element in elements)
        {
            if (element.IsArtifact) continue;
            foreach (var letter in element.Letters) yield return letter;
            foreach (var letter in NonArtifactLetters(element.Children)) yield return letter;
        }
    }

    private static List<PlacedRun> Runs(IEnumerable<PdfLetter> letters, double pageHeight)
    {
        var runs = new List<PlacedRun>();
        PdfLetter? previous = null;
        var text = new StringBuilder();
        PdfLetter? first = null;
        void Flush()
        {
            if (first is not null && previous is not null && text.ToString().Trim().Length > 0)
            {
                runs.Add(new PlacedRun(
                    Math.Round(pageHeight - first.StartBaseLine.Y, 1), Math.Round(first.StartBaseLine.X, 1), previous.EndBaseLine.X,
                    FontName(first), Math.Round(first.PointSize, 1), text.ToString().TrimEnd()));
            }
            text.Clear();
            first = null;
        }
        foreach (var letter in letters)
        {
            var continues = previous is not null && first is not null
                && FontName(letter) == FontName(first)
                && Math.Abs(letter.PointSize - first.PointSize) < 0.01
                && Math.Abs(letter.StartBaseLine.Y - previous.StartBaseLine.Y) < 0.01
                && Math.Abs(letter.StartBaseLine.X - previous.EndBaseLine.X) < 0.5;
            if (!continues) Flush();
            first ??= letter;
            text.Append(letter.Value);
            previous = letter;
        }
        Flush();
        return runs;
    }

    /// <summary>The font's name without the subset tag: "ABCDEF+LiberationSerif-Bold" → "LiberationSerif-Bold".</summary>
    private static string FontName(PdfLetter letter)
    {
        var name = letter.FontName ?? "";
        var plus = name.IndexOf('+', StringComparison.Ordinal);
        return plus == 6 ? name[7..] : name;
    }

    /// <summary>
    /// Splits letters into words at spaces and wherever the text jumps (a new line, a new cell). A raised
    /// superscript right after a word belongs to it: "Kommune" + "1" reads "Kommune1", as in the reference.
    /// </summary>
    private static List<string> Words(IEnumerable<PdfLetter> letters)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        PdfLetter? previous = null;
        foreach (var letter in letters)
        {
            var jumps = previous is not null
                && (Math.Abs(letter.StartBaseLine.Y - previous.StartBaseLine.Y) > 5
                    || Math.Abs(letter.StartBaseLine.X - previous.EndBaseLine.X) > 1);
            if (jumps || string.IsNullOrWhiteSpace(letter.Value))
            {
                if (word.Length > 0) words.Add(word.ToString());
                word.Clear();
            }
            if (!string.IsNullOrWhiteSpace(letter.Value)) word.Append(letter.Value);
            previous = letter;
        }
        if (word.Length > 0) words.Add(word.ToString());
        return words;
    }
}
