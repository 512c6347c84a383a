namespace BedreBalance.Rendering.Pdf.Layout;

/// <summary>An inline structure element (a note reference, a span with actual text) that a stretch of text is tagged as.</summary>
internal sealed record InlineStructure(StructureTag Tag, StructureAttributes? Attributes = null);

/// <summary>A stretch of text in one font; superscripts are smaller and raised. Text with a <see cref="Structure"/> is drawn inside that element.</summary>
internal sealed record StyledText(string Text, FontSpec Font, bool Superscript = false, InlineStructure? Structure = null);

/// <summary>A piece of a laid-out line: text in one font, at an offset from the line's start, inside its inline element if any.</summary>
internal sealed record LineFragment(double X, string Text, FontSpec Font, double BaselineRaise, InlineStructure? Structure = null)
{
    /// <summary>A word the layout hyphenated starts here: readers get this text for all its parts (/ActualText).</summary>
    public string? ActualTextStart { get; init; }

    /// <summary>The hyphenated word whose span <see cref="ActualTextStart"/> opened ends with this fragment.</summary>
    public bool EndsActualText { get; init; }

    /// <summary>A space follows the text; drawn with it so that extracted text keeps words apart.</summary>
    public bool TrailingSpace { get; init; }

    /// <summary>The text's own width, without the space after it (justified lines set their own spacing).</summary>
    public double NaturalWidth { get; init; }
}

/// <param name="BrokenAtSpace">The line ends where a space was: drawn with it, so extracted and tagged text keeps its words apart.</param>
internal sealed record TextLine(IReadOnlyList<LineFragment> Fragments, double Width, bool BrokenAtSpace = false)
{
    /// <summary>The line's spaces were stretched or shrunk so that it ends at the right margin.</summary>
    public bool Justified { get; init; }

    /// <summary>The word the layout hyphenated at this line's end, whole; null if the line ends otherwise.</summary>
    public string? HyphenatedWord { get; init; }

    /// <summary>How many characters of <see cref="HyphenatedWord"/> stand before the hyphen.</summary>
    public int HyphenAt { get; init; }
}

internal enum TextAlignment
{
    Left,
    Right,
    /// <summary>Both margins: total-fit line breaking with Danish hyphenation, the last line flush left.</summary>
    Justify,
}

/// <summary>
/// Breaks styled text into lines on word boundaries (greedy, like a word processor without hyphenation).
/// A word is what lies between spaces, so "Kommune" followed by a superscript "1" stays one unbreakable word.
/// A single word wider than the line is broken between characters so that nothing passes the margin.
/// </summary>
internal sealed partial class LineBreaker(ITextMeasurer measurer)
{
    /// <summary>Superscripts are set at this share of the surrounding size, raised by <see cref="SuperscriptRaise"/> of it.</summary>
    public const double SuperscriptScale = 0.62;
    public const double SuperscriptRaise = 0.36;

    private sealed record Piece(string Text, FontSpec Font, double Raise, double Width, InlineStructure? Structure);

    /// <param name="Pieces">Complete when the word is made: its width is summed once, not at every look.</param>
    private sealed record Word(List<Piece> Pieces, StyledText? SpaceBefore)
    {
        public double Width { get; } = Pieces.Sum(p => p.Width);
    }

    /// <summary>
    /// The text of the line being assembled, one builder a thread, reused: a table cell is mostly one line, and a
    /// builder and its buffer for each line were two of every cell's allocations.
    /// </summary>
    [ThreadStatic]
    private static System.Text.StringBuilder? lineText;

    public IReadOnlyList<TextLine> Break(IReadOnlyList<StyledText> texts, double maxWidth)
    {
        var lines = new List<TextLine>();
        var current = new List<(Word Word, double SpaceWidth)>();
        double currentWidth = 0;
        foreach (var word in Words(texts))
        {
            var spaceWidth = current.Count == 0 || word.SpaceBefore is null ? 0 : SpaceWidth(word.SpaceBefore);
            if (current.Count > 0 && currentWidth + spaceWidth + word.Width > maxWidth + LayoutTolerance.Epsilon)
            {
                lines.Add(Assemble(current, texts, brokenAtSpace: word.SpaceBefore is not null));
                current.Clear();
                currentWidth = 0;
                spaceWidth = 0;
            }
            if (current.Count == 0 && word.Width > maxWidth + LayoutTolerance.Epsilon)
            {
                var pieces = SplitOverlongWord(word, maxWidth);
                for (var i = 0; i < pieces.Count - 1; i++)
                {
                    lines.Add(Assemble([(pieces[i], 0)], texts, brokenAtSpace: false));
                }
                current.Add((pieces[^1], 0));
                currentWidth = pieces[^1].Width;
                continue;
            }
            current.Add((word, spaceWidth));
            currentWidth += spaceWidth + word.Width;
        }
        if (current.Count > 0)
        {
            lines.Add(Assemble(current, texts, brokenAtSpace: false));
        }
        return lines;
    }

    private double SpaceWidth(StyledText space) => measurer.Width(" ", EffectiveFont(space));

    private static FontSpec EffectiveFont(StyledText text) =>
        text.Superscript ? text.Font with { Size = text.Font.Size * SuperscriptScale } : text.Font;

    private IEnumerable<Word> Words(IReadOnlyList<StyledText> texts)
    {
        List<Piece>? pieces = null;
        StyledText? pendingSpace = null;
        for (var t = 0; t < texts.Count; t++)
        {
            var text = texts[t];
            var font = EffectiveFont(text);
            var raise = text.Superscript ? text.Font.Size * SuperscriptRaise : 0;
            var start = 0;
            while (start < text.Text.Length)
            {
                if (char.IsWhiteSpace(text.Text[start]))
                {
                    if (pieces is not null)
                    {
                        yield return new Word(pieces, pendingSpace);
                        pieces = null;
                    }
                    pendingSpace = text;
                    while (start < text.Text.Length && char.IsWhiteSpace(text.Text[start])) start++;
                    continue;
                }
                var end = start;
                while (end < text.Text.Length && !char.IsWhiteSpace(text.Text[end])) end++;
                var part = text.Text[start..end];
                pieces ??= [];
                pieces.Add(new Piece(part, font, raise, measurer.Width(part, font), text.Structure));
                start = end;
            }
        }
        if (pieces is not null)
        {
            yield return new Word(pieces, pendingSpace);
        }
    }

    private List<Word> SplitOverlongWord(Word word, double maxWidth)
    {
        var result = new List<Word>();
        var current = new List<Piece>();
        double width = 0;
        foreach (var piece in word.Pieces)
        {
            var taken = 0;
            while (taken < piece.Text.Length)
            {
                // Take as many characters as fit; at least one, so that a line always advances.
                var count = 0;
                double chunkWidth = 0;
                while (taken + count < piece.Text.Length)
                {
                    var next = measurer.Width(piece.Text.Substring(taken, count + 1), piece.Font);
                    if (width + next > maxWidth + LayoutTolerance.Epsilon && (count > 0 || width > 0)) break;
                    count++;
                    chunkWidth = next;
                }
                if (count == 0)
                {
                    result.Add(new Word(current, null));
                    current = [];
                    width = 0;
                    continue;
                }
                current.Add(piece with { Text = piece.Text.Substring(taken, count), Width = chunkWidth });
                width += chunkWidth;
                taken += count;
            }
        }
        result.Add(new Word(current, word.SpaceBefore));
        return result;
    }

    /// <summary>Joins neighbouring pieces of the same font, spaces included, so text extracts as words and sentences.</summary>
    private static TextLine Assemble(List<(Word Word, double SpaceWidth)> words, IReadOnlyList<StyledText> texts, bool brokenAtSpace)
    {
        var fragments = new List<LineFragment>(1);
        var text = lineText ??= new System.Text.StringBuilder();
        text.Clear();
        Piece? open = null;
        double openX = 0, x = 0;
        void Flush()
        {
            if (open is not null) fragments.Add(new LineFragment(openX, TextOf(text, texts), open.Font, open.Raise, open.Structure));
            text.Clear();
            open = null;
        }
        for (var w = 0; w < words.Count; w++)
        {
            var (word, spaceWidth) = words[w];
            if (w > 0)
            {
                var spaceFont = word.SpaceBefore is null ? word.Pieces[0].Font : EffectiveFont(word.SpaceBefore);
                if (open is not null && open.Font == spaceFont && open.Raise == 0 && word.Pieces[0].Font == open.Font && word.Pieces[0].Raise == 0
                    && ReferenceEquals(open.Structure, word.Pieces[0].Structure))
                {
                    text.Append(' ');
                }
                else
                {
                    Flush();
                }
                x += spaceWidth;
            }
            foreach (var piece in word.Pieces)
            {
                if (open is null || open.Font != piece.Font || open.Raise != piece.Raise || !ReferenceEquals(open.Structure, piece.Structure))
                {
                    Flush();
                    open = piece;
                    openX = x;
                }
                text.Append(piece.Text);
                x += piece.Width;
            }
        }
        Flush();
        return new TextLine(fragments, x, brokenAtSpace);
    }

    /// <summary>The fragment's text: the run's own string when the fragment is all of a run, as a table cell mostly is.</summary>
    private static string TextOf(System.Text.StringBuilder text, IReadOnlyList<StyledText> texts)
    {
        for (var t = 0; t < texts.Count; t++)
        {
            if (text.Equals(texts[t].Text.AsSpan())) return texts[t].Text;
        }
        return text.ToString();
    }
}
