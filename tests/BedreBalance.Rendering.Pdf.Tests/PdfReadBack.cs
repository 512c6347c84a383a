using System.Globalization;
using System.Text;
using BedreBalance.Document;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;
// Aliased: once BedreBalance.Letter (the composer) has types, a bare "Letter" would name that namespace.
using PdfLetter = UglyToad.PdfPig.Content.Letter;

namespace BedreBalance.Rendering.Pdf.Tests;

/// <summary>A run of text as it sits on a page: font, size and position (top-down baseline, in points).</summary>
public sealed record PlacedRun(double Top, double X, double Right, string Font, double Size, string Text);

/// <summary>A piece of content text as a reader gets it: a glyph, or a structure element's /ActualText, with where it starts and ends.</summary>
public sealed record ReadText(string Value, double StartX, double StartY, double EndX, double EndY);

/// <summary>A rendered PDF read back with PdfPig, in the terms the tests need.</summary>
public sealed class PdfReadBack
{
    public PdfReadBack(byte[] bytes)
    {
        Bytes = bytes;
        using var pdf = PdfDocument.Open(bytes);
        var spoken = new HashSet<IndirectReference>();
        foreach (var page in pdf.GetPages())
        {
            PageSizes.Add((page.Width, page.Height));
            Pages.Add(Runs(page.Letters, page.Height));
            var actualTexts = ActualTexts(pdf, page);
            ContentLetters.Add(ContentText(page.GetMarkedContents(), actualTexts, spoken).ToList());
            ContentGlyphs.Add(page.GetMarkedContents().Where(e => !e.IsArtifact).SelectMany(AllLetters).ToList());
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

    private List<List<ReadText>> ContentLetters { get; } = [];

    /// <summary>Per page, the glyphs drawn for the letter's content (artifacts left out), also those an /ActualText reads for.</summary>
    private List<List<PdfLetter>> ContentGlyphs { get; } = [];

    /// <summary>The content text (artifacts left out) in reading order, /ActualText in place of the glyphs it stands for.</summary>
    public IEnumerable<ReadText> ContentText() => ContentLetters.SelectMany(l => l);

    /// <summary>Per page, the tops (from the page's top edge) of the letter's own glyphs, artifacts left out.</summary>
    public List<List<double>> ContentGlyphTops() =>
        ContentGlyphs.Select((letters, p) => letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).Select(l => PageSizes[p].Height - l.BoundingBox.Top).ToList()).ToList();

    /// <summary>Per page, the right edges of the letter's own glyphs, artifacts left out.</summary>
    public List<List<double>> ContentGlyphRights() =>
        ContentGlyphs.Select(letters => letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).Select(l => l.BoundingBox.Right).ToList()).ToList();

    /// <summary>The words of the letter's content (artifacts such as page numbers and repeated headers left out), in reading order.</summary>
    public List<string> ContentWords() => Words(ContentLetters.SelectMany(l => l));

    /// <summary>Page by page: runs with rounded positions (top, left, right), fonts and sizes; what a reviewer reads to see what moved.</summary>
    public string LayoutSnapshot()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Pages.Count} pages\n");
        for (var p = 0; p < Pages.Count; p++)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nPage {p + 1} ({PageSizes[p].Width:0.#} x {PageSizes[p].Height:0.#})\n");
            foreach (var run in Pages[p])
            {
                text.Append(CultureInfo.InvariantCulture, $"{run.Top,6:0.0} {run.X,6:0.0} {run.Right,6:0.0}  {run.Font} {run.Size:0.#}: {run.Text}\n");
            }
        }
        return text.ToString();
    }

    /// <summary>
    /// As a tagged-PDF reader does: artifacts are skipped, and the marked content of a structure element with
    /// /ActualText reads as that text, once, however many pieces (lines, pages) the element's glyphs are drawn in.
    /// </summary>
    private static IEnumerable<ReadText> ContentText(
        IEnumerable<MarkedContentElement> elements, Dictionary<int, (IndirectReference Element, string Text)> actualTexts, HashSet<IndirectReference> spoken)
    {
        foreach (var element in elements)
        {
            if (element.IsArtifact) continue;
            if (actualTexts.TryGetValue(element.MarkedContentIdentifier, out var actual))
            {
                var letters = AllLetters(element).ToList();
                if (letters.Count > 0 && spoken.Add(actual.Element))
                {
                    yield return new ReadText(actual.Text, letters[0].StartBaseLine.X, letters[0].StartBaseLine.Y, letters[^1].EndBaseLine.X, letters[^1].EndBaseLine.Y);
                }
                continue;
            }
            foreach (var letter in element.Letters) yield return Read(letter);
            foreach (var text in ContentText(element.Children, actualTexts, spoken)) yield return text;
        }
    }

    private static IEnumerable<PdfLetter> AllLetters(MarkedContentElement element) =>
        element.Letters.Concat(element.Children.Where(c => !c.IsArtifact).SelectMany(AllLetters));

    private static ReadText Read(PdfLetter letter) =>
        new(letter.Value, letter.StartBaseLine.X, letter.StartBaseLine.Y, letter.EndBaseLine.X, letter.EndBaseLine.Y);

    /// <summary>The page's marked-content ids whose structure element (found through the parent tree) has /ActualText.</summary>
    private static Dictionary<int, (IndirectReference Element, string Text)> ActualTexts(PdfDocument pdf, Page page)
    {
        var result = new Dictionary<int, (IndirectReference, string)>();
        var scanner = pdf.Structure.TokenScanner;
        if (!page.Dictionary.TryGet(NameToken.Create("StructParents"), out var key)
            || !DirectObjectFinder.TryGet<NumericToken>(key, scanner, out var structParents)
            || !pdf.Structure.Catalog.CatalogDictionary.TryGet(NameToken.Create("StructTreeRoot"), out var rootToken)
            || !DirectObjectFinder.TryGet<DictionaryToken>(rootToken, scanner, out var root)
            || !root.TryGet(NameToken.Create("ParentTree"), out var treeToken)
            || !DirectObjectFinder.TryGet<DictionaryToken>(treeToken, scanner, out var tree))
        {
            return result;
        }
        var parents = NumberTreeValue(tree, structParents.Int, scanner);
        if (parents is null) return result;
        for (var mcid = 0; mcid < parents.Length; mcid++)
        {
            if (parents[mcid] is not IndirectReferenceToken reference
                || !DirectObjectFinder.TryGet<DictionaryToken>(reference, scanner, out var element)
                || !element.TryGet(NameToken.Create("ActualText"), out var text))
            {
                continue;
            }
            var value = DirectObjectFinder.Get<IToken>(text, scanner) switch
            {
                StringToken s => s.Data,
                HexToken h => h.Data,
                _ => null,
            };
            if (value is not null) result[mcid] = (reference.Data, value);
        }
        return result;
    }

    private static ArrayToken? NumberTreeValue(DictionaryToken node, int key, IPdfTokenScanner scanner)
    {
        if (node.TryGet(NameToken.Create("Nums"), out var numsToken) && DirectObjectFinder.TryGet<ArrayToken>(numsToken, scanner, out var nums))
        {
            for (var i = 0; i + 1 < nums.Length; i += 2)
            {
                if (nums[i] is NumericToken number && number.Int == key && DirectObjectFinder.TryGet<ArrayToken>(nums[i + 1], scanner, out var value)) return value;
            }
        }
        if (node.TryGet(NameToken.Create("Kids"), out var kidsToken) && DirectObjectFinder.TryGet<ArrayToken>(kidsToken, scanner, out var kids))
        {
            foreach (var kid in kids.Data)
            {
                if (DirectObjectFinder.TryGet<DictionaryToken>(kid, scanner, out var child) && NumberTreeValue(child, key, scanner) is { } found) return found;
            }
        }
        return null;
    }

    /// <summary>
    /// Text drawn in one font on one baseline, glyph after glyph or word after word (a justified line places its
    /// words itself, so the gap after a space varies); a jump without a space starts a new run (a table cell).
    /// </summary>
    private static List<PlacedRun> Runs(IEnumerable<PdfLetter> letters, double pageHeight)
    {
        var runs = new List<PlacedRun>();
        PdfLetter? previous = null, lastInk = null;
        var text = new StringBuilder();
        PdfLetter? first = null;
        void Flush()
        {
            if (first is not null && lastInk is not null && text.ToString().Trim().Length > 0)
            {
                runs.Add(new PlacedRun(
                    Math.Round(pageHeight - first.StartBaseLine.Y, 1), Math.Round(first.StartBaseLine.X, 1), lastInk.EndBaseLine.X,
                    FontName(first), Math.Round(first.PointSize, 1), text.ToString().Trim()));
            }
            text.Clear();
            first = null;
            lastInk = null;
        }
        foreach (var letter in letters)
        {
            var gap = previous is null ? 0 : letter.StartBaseLine.X - previous.EndBaseLine.X;
            var continues = previous is not null && first is not null
                && FontName(letter) == FontName(first)
                && Math.Abs(letter.PointSize - first.PointSize) < 0.01
                && Math.Abs(letter.StartBaseLine.Y - previous.StartBaseLine.Y) < 0.01
                && (Math.Abs(gap) < 0.5 || (string.IsNullOrWhiteSpace(previous.Value) && gap > -3 && gap < 12));
            if (!continues) Flush();
            first ??= letter;
            text.Append(letter.Value);
            if (!string.IsNullOrWhiteSpace(letter.Value)) lastInk = letter;
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
    private static List<string> Words(IEnumerable<ReadText> letters)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        ReadText? previous = null;
        foreach (var letter in letters)
        {
            var jumps = previous is not null
                && (Math.Abs(letter.StartY - previous.EndY) > 5
                    || Math.Abs(letter.StartX - previous.EndX) > 1);
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
