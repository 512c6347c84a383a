using UglyToad.PdfPig;

namespace BedreBalance.Conformance;

/// <summary>
/// Where a document's pages begin and end: for every page, its first and last line of text (a table row is one line),
/// read with PdfPig from the finished PDF. Lines are words sharing a baseline, give or take a superscript's raise;
/// page numbers (a line of digits alone) and what repeats on several pages (running headers, a table's caption and
/// column header on its continuation pages) are left out, so a page's first line is where its own text begins.
/// </summary>
public sealed record PageBreaks(IReadOnlyList<PageBreaks.Page> Pages)
{
    /// <summary>A page's first and last line of the letter's text; empty strings for a page without any.</summary>
    public sealed record Page(string First, string Last);

    /// <summary>Words whose baselines lie this close belong to one line: more than a superscript's raise, less than a table row or note line.</summary>
    private const double SameLine = 4;

    public static PageBreaks Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().Select(page => Lines(page.GetWords()
            .Where(w => w.Letters.Count > 0)
            .Select(w => (X: w.BoundingBox.Left, Baseline: w.Letters[0].StartBaseLine.Y, w.Text)))).ToList();
        return FromLines(pages);
    }

    /// <summary>The pages' first and last lines, from each page's lines in reading order.</summary>
    public static PageBreaks FromLines(IReadOnlyList<IReadOnlyList<string>> pages)
    {
        // Repeated on several pages: a running header, a table's caption and column header on its continuation pages.
        var running = pages.SelectMany(p => p.Distinct(StringComparer.Ordinal))
            .GroupBy(l => l, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        return new PageBreaks(pages.Select(lines =>
        {
            var text = lines.Where(l => !running.Contains(l) && !l.All(c => char.IsAsciiDigit(c) || c == ' ')).ToList();
            return text.Count == 0 ? new Page("", "") : new Page(text[0], text[^1]);
        }).ToList());
    }

    /// <summary>Words grouped into lines, top to bottom; each line's words left to right.</summary>
    public static IReadOnlyList<string> Lines(IEnumerable<(double X, double Baseline, string Text)> words)
    {
        var lines = new List<List<(double X, double Baseline, string Text)>>();
        foreach (var word in words.OrderByDescending(w => w.Baseline))
        {
            if (lines.Count > 0 && lines[^1][0].Baseline - word.Baseline < SameLine) lines[^1].Add(word);
            else lines.Add([word]);
        }
        return lines.Select(l => string.Join(' ', l.OrderBy(w => w.X).Select(w => w.Text))).ToList();
    }

    /// <summary>
    /// Whether two lines are the same line of the letter: the same text, spaces aside (a superscript may or may not
    /// be its own word), or, for a line of prose, mostly the same words: Word hyphenates with its own dictionary,
    /// so the same line may begin or end a syllable apart ("anta-get" / "antaget").
    /// </summary>
    public static bool SameLineOfText(string a, string b)
    {
        if (string.Equals(Squeeze(a), Squeeze(b), StringComparison.Ordinal)) return true;
        var (wordsA, wordsB) = (Words(a), Words(b));
        if (wordsA.Count < 5 || wordsB.Count < 5) return false;
        var shared = wordsA.Intersect(wordsB, StringComparer.Ordinal).Count();
        return shared >= 0.6 * wordsA.Union(wordsB, StringComparer.Ordinal).Count();
    }

    /// <summary>Every page where the two documents begin or end differently, as one sentence each; empty when alike.</summary>
    public static IReadOnlyList<string> Differences(PageBreaks pdf, PageBreaks word)
    {
        var problems = new List<string>();
        if (pdf.Pages.Count != word.Pages.Count) problems.Add($"the PDF has {pdf.Pages.Count} pages, Word's {word.Pages.Count}");
        for (var i = 0; i < Math.Min(pdf.Pages.Count, word.Pages.Count); i++)
        {
            var (ours, theirs) = (pdf.Pages[i], word.Pages[i]);
            if (!SameLineOfText(ours.First, theirs.First)) problems.Add($"page {i + 1} begins with \"{ours.First}\" in the PDF, \"{theirs.First}\" in Word");
            if (!SameLineOfText(ours.Last, theirs.Last)) problems.Add($"page {i + 1} ends with \"{ours.Last}\" in the PDF, \"{theirs.Last}\" in Word");
        }
        return problems;
    }

    private static string Squeeze(string line) => string.Concat(line.Where(c => !char.IsWhiteSpace(c)));

    private static HashSet<string> Words(string line) =>
        line.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('-', ',', '.', ';', ':', '(', ')'))
            .Where(w => w.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
}
