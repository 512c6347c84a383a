using BedreBalance.Rendering.Pdf.Hyphenation;

namespace BedreBalance.Rendering.Pdf.Layout;

/// <summary>
/// Justified paragraphs by total fit (Knuth and Plass, "Breaking paragraphs into lines", 1981): the paragraph is a
/// row of boxes (word parts), glue (spaces that may stretch and shrink) and penalties (places a word may break,
/// with the hyphen's width); of all ways to break it, the one with the least total demerits wins, so the
/// spacing stays even over the whole paragraph instead of being good early and bad late as in greedy breaking.
/// </summary>
internal sealed partial class LineBreaker
{
    /// <summary>A space may stretch by half its width and shrink by a third (TeX's interword glue).</summary>
    public const double SpaceStretch = 1.0 / 2;
    public const double SpaceShrink = 1.0 / 3;

    /// <summary>Badness a line may have in the first pass (no hyphenation) and the second (with it); TeX's defaults.</summary>
    public const double FirstPassTolerance = 100;
    public const double SecondPassTolerance = 200;

    /// <summary>At most this many lines in a row end with a hyphen.</summary>
    public const int MaxConsecutiveHyphens = 2;

    /// <summary>
    /// When a paragraph cannot be set within the tolerance (a long unbreakable word in a narrow column), the
    /// fallback sets it anyway; a line whose spaces would then stretch past this ratio (2.5 times a space) is set
    /// flush left instead of justified, which reads better than a line of gaps.
    /// </summary>
    public const double MaxJustifiedStretchRatio = 3;

    private const double LinePenalty = 10;
    private const double HyphenPenalty = 50;
    private const double DoubleHyphenDemerits = 3000;
    private const double FinalHyphenDemerits = 5000;
    private const double AdjacentFitnessDemerits = 10000;
    private const double InfiniteStretch = 1e9;
    private const double ForcedBreak = double.NegativeInfinity;

    private enum ItemKind { Box, Glue, Penalty }

    /// <param name="Word">Index of the word a box belongs to (for /ActualText), -1 for glue and penalties.</param>
    /// <param name="InsertsHyphen">A penalty where the layout would draw a hyphen (not the word's own).</param>
    private readonly record struct Item(
        ItemKind Kind, double Width, double Stretch = 0, double Shrink = 0, double Cost = 0, bool Flagged = false,
        Piece? Piece = null, int Word = -1, bool InsertsHyphen = false, FontSpec HyphenFont = default);

    private sealed record Node(int Position, int Start, int Fitness, int Hyphens, bool Flagged, double Demerits, Node? Previous);

    private readonly record struct Pass(bool Hyphenate, double Tolerance, bool LimitHyphens);

    private static readonly Pass[] Passes =
    [
        new(Hyphenate: false, FirstPassTolerance, LimitHyphens: true),
        new(Hyphenate: true, SecondPassTolerance, LimitHyphens: true),
        new(Hyphenate: true, double.PositiveInfinity, LimitHyphens: true),
        // Cannot fail: every box fits the line on its own (wider words are split first), so every break is reachable.
        new(Hyphenate: true, double.PositiveInfinity, LimitHyphens: false),
    ];

    /// <summary>
    /// Breaks a paragraph into justified lines: every line but the last ends at <paramref name="maxWidth"/>;
    /// the last is set flush left. Words are hyphenated by <paramref name="hyphenator"/> when no good breaks exist
    /// without; the last word never is.
    /// </summary>
    public IReadOnlyList<TextLine> BreakJustified(IReadOnlyList<StyledText> texts, double maxWidth, DanishHyphenator? hyphenator)
    {
        var words = Words(texts).ToList();
        if (words.Count == 0) return [];
        var items = Items(words, maxWidth, hyphenator);
        foreach (var pass in Passes)
        {
            var last = BestBreaks(items, maxWidth, pass);
            if (last is not null) return Lines(items, words, last, maxWidth);
        }
        throw new InvalidOperationException("Line breaking found no way to set a paragraph."); // unreachable, see Passes
    }

    private List<Item> Items(List<Word> words, double maxWidth, DanishHyphenator? hyphenator)
    {
        var items = new List<Item>();
        for (var w = 0; w < words.Count; w++)
        {
            var word = words[w];
            if (w > 0)
            {
                var space = word.SpaceBefore is null ? measurer.Width(" ", word.Pieces[0].Font) : SpaceWidth(word.SpaceBefore);
                items.Add(new Item(ItemKind.Glue, space, space * SpaceStretch, space * SpaceShrink));
            }
            if (word.Width > maxWidth + LayoutTolerance.Epsilon)
            {
                // Wider than the line: broken between characters, without a hyphen, as the ragged layout does.
                var chunks = SplitOverlongWord(word, maxWidth);
                for (var c = 0; c < chunks.Count; c++)
                {
                    if (c > 0) items.Add(new Item(ItemKind.Penalty, 0, Cost: HyphenPenalty));
                    items.AddRange(chunks[c].Pieces.Select(p => new Item(ItemKind.Box, p.Width, Piece: p, Word: w)));
                }
                continue;
            }
            // A paragraph's last word is never hyphenated: a line of a word's tail alone reads badly.
            var breaks = hyphenator is null || w == words.Count - 1 ? [] : hyphenator.Breaks(string.Concat(word.Pieces.Select(p => p.Text)));
            AddWord(items, word, w, breaks);
        }
        items.Add(new Item(ItemKind.Glue, 0, InfiniteStretch));
        items.Add(new Item(ItemKind.Penalty, 0, Cost: ForcedBreak));
        return items;
    }

    /// <summary>The word's pieces as boxes, cut at its break points, with a penalty at each.</summary>
    private void AddWord(List<Item> items, Word word, int index, IReadOnlyList<WordBreak> breaks)
    {
        var offset = 0;
        var next = 0;
        foreach (var piece in word.Pieces)
        {
            var taken = 0;
            while (next < breaks.Count && breaks[next].Index <= offset + piece.Text.Length)
            {
                var cut = breaks[next].Index - offset;
                if (cut > taken)
                {
                    AddBox(items, piece, piece.Text[taken..cut], index);
                    taken = cut;
                }
                var hyphenWidth = breaks[next].AddsHyphen ? measurer.Width("-", piece.Font) : 0;
                items.Add(new Item(ItemKind.Penalty, hyphenWidth, Cost: HyphenPenalty, Flagged: true,
                    InsertsHyphen: breaks[next].AddsHyphen, HyphenFont: piece.Font));
                next++;
            }
            if (taken < piece.Text.Length) AddBox(items, piece, piece.Text[taken..], index);
            offset += piece.Text.Length;
        }
    }

    private void AddBox(List<Item> items, Piece piece, string text, int word)
    {
        var width = text.Length == piece.Text.Length ? piece.Width : measurer.Width(text, piece.Font);
        items.Add(new Item(ItemKind.Box, width, Piece: piece with { Text = text, Width = width }, Word: word));
    }

    /// <summary>The last node of the best way to break, or null when this pass finds none.</summary>
    private static Node? BestBreaks(List<Item> items, double lineWidth, Pass pass)
    {
        var n = items.Count;
        var width = new double[n + 1];
        var stretch = new double[n + 1];
        var shrink = new double[n + 1];
        for (var i = 0; i < n; i++)
        {
            var item = items[i];
            var isSpace = item.Kind == ItemKind.Glue;
            width[i + 1] = width[i] + (item.Kind == ItemKind.Penalty ? 0 : item.Width);
            stretch[i + 1] = stretch[i] + (isSpace ? item.Stretch : 0);
            shrink[i + 1] = shrink[i] + (isSpace ? item.Shrink : 0);
        }
        var active = new List<Node> { new(-1, 0, 1, 0, false, 0, null) };
        var best = new Dictionary<(int Fitness, int Hyphens), Node>();
        for (var b = 0; b < n; b++)
        {
            var item = items[b];
            var legal = item.Kind switch
            {
                ItemKind.Penalty => pass.Hyphenate || !item.InsertsHyphen,
                ItemKind.Glue => b > 0 && items[b - 1].Kind == ItemKind.Box,
                _ => false,
            };
            if (!legal) continue;
            var forced = item.Kind == ItemKind.Penalty && item.Cost == ForcedBreak;
            best.Clear();
            for (var a = active.Count - 1; a >= 0; a--)
            {
                var node = active[a];
                var natural = width[b] - width[node.Start] + (item.Kind == ItemKind.Penalty ? item.Width : 0);
                var ratio = Ratio(natural, lineWidth, stretch[b] - stretch[node.Start], shrink[b] - shrink[node.Start]);
                if (ratio < -1 || forced) active.RemoveAt(a);
                if (ratio < -1 || ratio > MaxRatio(pass.Tolerance)) continue;
                var hyphens = item.Flagged ? node.Hyphens + 1 : 0;
                if (pass.LimitHyphens && hyphens > MaxConsecutiveHyphens) continue;
                var fitness = Fitness(ratio);
                var demerits = Demerits(Badness(ratio), item.Cost);
                if (item.Flagged && node.Flagged) demerits += DoubleHyphenDemerits;
                if (forced && node.Flagged) demerits += FinalHyphenDemerits;
                if (Math.Abs(fitness - node.Fitness) > 1) demerits += AdjacentFitnessDemerits;
                var total = node.Demerits + demerits;
                var key = (fitness, hyphens);
                if (!best.TryGetValue(key, out var current) || total < current.Demerits)
                {
                    best[key] = new Node(b, LineStart(items, b), fitness, hyphens, item.Flagged, total, node);
                }
            }
            // In a fixed order (not the dictionary's), so that equal demerits always pick the same breaks.
            foreach (var key in best.Keys.Order())
            {
                active.Add(best[key]);
            }
            if (forced) return active.Count == 0 ? null : active.MinBy(node => node.Demerits);
            if (active.Count == 0) return null;
        }
        return null;
    }

    /// <summary>Where the line after a break at <paramref name="position"/> starts: spaces and unused breaks after it vanish.</summary>
    private static int LineStart(List<Item> items, int position)
    {
        var start = position + 1;
        while (start < items.Count && items[start].Kind != ItemKind.Box && items[start].Cost != ForcedBreak) start++;
        return start;
    }

    /// <summary>How far the line's spaces stretch (positive, as a share of their stretchability) or shrink (negative).</summary>
    private static double Ratio(double natural, double lineWidth, double stretch, double shrink)
    {
        if (Math.Abs(natural - lineWidth) <= LayoutTolerance.Epsilon) return 0;
        if (natural < lineWidth) return stretch > 0 ? (lineWidth - natural) / stretch : double.PositiveInfinity;
        return shrink > 0 ? (lineWidth - natural) / shrink : double.NegativeInfinity;
    }

    // Badness is 100·r³ (Knuth–Plass); the tolerance bounds it, so the largest ratio a pass accepts follows from it.
    private static double MaxRatio(double tolerance) => double.IsPositiveInfinity(tolerance) ? double.PositiveInfinity : Math.Cbrt(tolerance / 100);

    private static double Badness(double ratio) =>
        double.IsPositiveInfinity(ratio) ? 1e10 : 100 * Math.Pow(Math.Abs(ratio), 3);

    private static double Demerits(double badness, double cost)
    {
        var demerits = Math.Pow(LinePenalty + badness, 2);
        if (cost > 0) demerits += cost * cost;
        else if (cost > ForcedBreak) demerits -= cost * cost;
        return demerits;
    }

    /// <summary>Tight, decent, loose, very loose: neighbouring lines more than one class apart cost extra.</summary>
    private static int Fitness(double ratio) => ratio switch
    {
        < -0.5 => 0,
        <= 0.5 => 1,
        <= 1 => 2,
        _ => 3,
    };

    private static List<TextLine> Lines(List<Item> items, List<Word> words, Node last, double maxWidth)
    {
        var breaks = new List<Node>();
        for (var node = last; node.Previous is not null; node = node.Previous) breaks.Add(node);
        breaks.Reverse();
        // Words cut at a line end (after an inserted hyphen or their own): readers get them whole through
        // /ActualText over all their parts.
        var cutWords = breaks
            .Where(node => items[node.Position].Kind == ItemKind.Penalty && items[node.Position].Cost != ForcedBreak)
            .Select(node => LastBoxBefore(items, node.Position).Word)
            .ToHashSet();
        var lines = new List<TextLine>();
        var start = 0;
        foreach (var node in breaks)
        {
            var end = node.Position;
            var isLast = items[end].Cost == ForcedBreak;
            lines.Add(SetLine(items, words, start, end, maxWidth, isLast, cutWords));
            start = node.Start;
        }
        return lines;
    }

    private static TextLine SetLine(List<Item> items, List<Word> words, int start, int end, double maxWidth, bool isLast, HashSet<int> cutWords)
    {
        var breakItem = items[end];
        double natural = 0, stretch = 0, shrink = 0;
        for (var i = start; i < end; i++)
        {
            if (items[i].Kind == ItemKind.Penalty) continue;
            natural += items[i].Width;
            if (items[i].Kind == ItemKind.Glue && items[i].Stretch < InfiniteStretch)
            {
                stretch += items[i].Stretch;
                shrink += items[i].Shrink;
            }
        }
        if (breakItem.Kind == ItemKind.Penalty) natural += breakItem.Width;
        var ratio = Ratio(natural, maxWidth, stretch, shrink);
        // The last line keeps its natural spaces (flush left) unless it must shrink to fit; so does a line of
        // the fallback whose spaces would stretch past the bound.
        var justified = !isLast && ratio <= MaxJustifiedStretchRatio && stretch > 0;
        if (!justified) ratio = Math.Min(ratio, 0);
        if (double.IsNegativeInfinity(ratio)) ratio = 0;

        // The word a previous line broke inside: its span is already open.
        var continuedWord = -1;
        for (var i = start - 1; i >= 0 && continuedWord < 0; i--)
        {
            if (items[i].Kind == ItemKind.Box) continuedWord = items[i].Word;
        }
        var wordContinuesOnNextLine = breakItem.Kind == ItemKind.Penalty && !isLast;

        var fragments = new List<LineFragment>();
        var text = new System.Text.StringBuilder();
        Piece? open = null;
        int openWord = -1, spannedWord = -1, hyphenAt = 0;
        double x = 0, openX = 0, openWidth = 0;
        string? spanStart = null;
        void Flush(bool endsWord, bool trailingSpace)
        {
            if (open is null) return;
            fragments.Add(new LineFragment(openX, text.ToString(), open.Font, open.Raise, open.Structure)
            {
                ActualTextStart = spanStart,
                EndsActualText = endsWord && cutWords.Contains(openWord),
                TrailingSpace = trailingSpace,
                NaturalWidth = openWidth,
            });
            text.Clear();
            open = null;
            spanStart = null;
        }
        for (var i = start; i < end; i++)
        {
            var item = items[i];
            if (item.Kind == ItemKind.Glue)
            {
                // The paragraph's finishing glue fills the last line; it is no space between words.
                Flush(endsWord: true, trailingSpace: item.Stretch != InfiniteStretch);
                x += item.Width + (ratio >= 0 ? ratio * item.Stretch : ratio * item.Shrink);
                continue;
            }
            if (item.Kind != ItemKind.Box) continue;
            var piece = item.Piece!;
            if (open is null || open.Font != piece.Font || open.Raise != piece.Raise || openWord != item.Word
                || !ReferenceEquals(open.Structure, piece.Structure))
            {
                Flush(endsWord: openWord != item.Word, trailingSpace: false);
                if (openWord != item.Word) hyphenAt = 0;
                open = piece;
                openX = x;
                openWidth = 0;
                openWord = item.Word;
                if (cutWords.Contains(item.Word) && item.Word != continuedWord && item.Word != spannedWord)
                {
                    spanStart = WordText(words[item.Word]);
                    spannedWord = item.Word;
                }
            }
            text.Append(piece.Text);
            hyphenAt += piece.Text.Length;
            openWidth += item.Width;
            x += item.Width;
        }
        string? hyphenatedWord = null;
        if (breakItem.InsertsHyphen && open is not null)
        {
            text.Append('-');
            openWidth += breakItem.Width;
            x += breakItem.Width;
            hyphenatedWord = WordText(words[openWord]);
            // Characters of the word before the break, counting those on earlier lines too.
            if (openWord == continuedWord) hyphenAt += CharactersOnEarlierLines(items, start, openWord);
        }
        Flush(endsWord: !wordContinuesOnNextLine, trailingSpace: breakItem.Kind == ItemKind.Glue);
        return new TextLine(fragments, x, BrokenAtSpace: breakItem.Kind == ItemKind.Glue)
        {
            Justified = justified,
            HyphenatedWord = hyphenatedWord,
            HyphenAt = hyphenatedWord is null ? 0 : hyphenAt,
        };
    }

    private static Item LastBoxBefore(List<Item> items, int position)
    {
        for (var i = position - 1; ; i--)
        {
            if (items[i].Kind == ItemKind.Box) return items[i];
        }
    }

    private static string WordText(Word word) => string.Concat(word.Pieces.Select(p => p.Text));

    private static int CharactersOnEarlierLines(List<Item> items, int start, int word)
    {
        var count = 0;
        for (var i = start - 1; i >= 0 && (items[i].Kind != ItemKind.Box || items[i].Word == word); i--)
        {
            if (items[i].Kind == ItemKind.Box) count += items[i].Piece!.Text.Length;
        }
        return count;
    }
}
