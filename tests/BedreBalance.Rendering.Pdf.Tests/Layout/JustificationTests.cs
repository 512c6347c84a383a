using BedreBalance.Document;
using BedreBalance.Rendering.Pdf.Hyphenation;
using BedreBalance.Rendering.Pdf.Layout;
using BedreBalance.Rendering.Pdf.PdfSharpBackend;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BedreBalance.Rendering.Pdf.Tests.Layout;

/// <summary>What a justified paragraph must be, whatever its words: checked on lines as the layout sets them.</summary>
internal static class JustifiedLines
{
    public const double MarginTolerance = 0.5;

    /// <summary>The paragraph's words as a reader gets them back: inserted hyphens out, a word split over two lines joined.</summary>
    public static List<string> WordsOf(IReadOnlyList<TextLine> lines)
    {
        var text = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            var lineText = string.Concat(line.Fragments.Select(f => f.Text + (f.TrailingSpace ? " " : "")));
            if (line.HyphenatedWord is not null)
            {
                Assert.EndsWith("-", lineText.TrimEnd(), StringComparison.Ordinal);
                text.Append(lineText.TrimEnd()[..^1]);
            }
            else if (line.BrokenAtSpace || line == lines[^1])
            {
                text.Append(lineText).Append(' ');
            }
            else
            {
                text.Append(lineText.TrimEnd()); // broken after the word's own hyphen ("V-|regeringen"), which stays
            }
        }
        return text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
    }

    /// <summary>Inner lines end at the margin, no line passes it, every inserted hyphen is where the Danish patterns allow one.</summary>
    public static void AssertInvariants(IReadOnlyList<TextLine> lines, double width, bool allowFallback = false)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            Assert.True(line.Width <= width + LayoutTolerance.Epsilon, $"line {i + 1} is {line.Width:0.###} pt, wider than {width:0.###}");
            var lastFragment = line.Fragments[^1];
            Assert.True(lastFragment.X + lastFragment.NaturalWidth <= width + LayoutTolerance.Epsilon, $"line {i + 1}'s last word passes the margin");
            if (i < lines.Count - 1 && !(allowFallback && !line.Justified))
            {
                Assert.True(line.Justified, $"inner line {i + 1} is not justified");
                Assert.InRange(lastFragment.X + lastFragment.NaturalWidth, width - MarginTolerance, width + LayoutTolerance.Epsilon);
            }
            if (line.HyphenatedWord is { } word)
            {
                Assert.Contains(new WordBreak(line.HyphenAt, AddsHyphen: true), DanishHyphenator.Instance.Breaks(word));
            }
        }
        Assert.False(lines[^1].Justified, "the last line is set flush left");
        Assert.Null(lines[^1].HyphenatedWord);
        for (var i = 0; i + MaxRun < lines.Count; i++)
        {
            Assert.False(lines.Skip(i).Take(MaxRun + 1).All(l => l.HyphenatedWord is not null), $"more than {MaxRun} hyphenated lines in a row from line {i + 1}");
        }
    }

    private const int MaxRun = LineBreaker.MaxConsecutiveHyphens;
}

public class JustificationTests
{
    private static readonly PdfSharpFonts Fonts = new();
    private static readonly LineBreaker RealBreaker = new(Fonts);
    private static readonly FontSpec Body = LetterTypography.Default.Body;

    private static IReadOnlyList<TextLine> Justify(string text, double width, LineBreaker? breaker = null, FontSpec? font = null) =>
        (breaker ?? RealBreaker).BreakJustified([new StyledText(text, font ?? Body)], width, DanishHyphenator.Instance);

    public static TheoryData<string> LetterParagraphs() => new(ProseOfTheLetter());

    private static IEnumerable<string> ProseOfTheLetter()
    {
        foreach (var block in TestLetter.Create().Blocks)
        {
            var paragraphs = block switch
            {
                Paragraph p => [p],
                Table t => t.Notes,
                _ => [],
            };
            foreach (var paragraph in paragraphs.Where(p => p.Runs.Any(r => !string.IsNullOrWhiteSpace(r.Text))))
            {
                yield return string.Concat(paragraph.Runs.Select(r => r.Text));
            }
        }
    }

    [Theory]
    [MemberData(nameof(LetterParagraphs))]
    public void Every_prose_paragraph_of_the_letter_is_justified_within_the_bounds(string paragraph)
    {
        var width = PageGeometry.A4Letter.TextWidth;
        var lines = Justify(paragraph, width);

        JustifiedLines.AssertInvariants(lines, width);
        Assert.Equal(paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries), JustifiedLines.WordsOf(lines));
    }

    [Fact]
    public void Spaces_stay_within_their_stretch_and_shrink_in_the_letter()
    {
        var width = PageGeometry.A4Letter.TextWidth;
        var space = Fonts.Width(" ", Body);
        foreach (var paragraph in ProseOfTheLetter())
        {
            foreach (var line in Justify(paragraph, width).Where(l => l.Justified))
            {
                var gaps = line.Fragments.Zip(line.Fragments.Skip(1)).Where(pair => pair.First.TrailingSpace)
                    .Select(pair => pair.Second.X - (pair.First.X + pair.First.NaturalWidth));
                // Letter paragraphs are set in the second pass at the latest: ratio within the tolerance's bound.
                var maxRatio = Math.Cbrt(LineBreaker.SecondPassTolerance / 100);
                Assert.All(gaps, gap => Assert.InRange(gap, space * (1 - LineBreaker.SpaceShrink) - 0.001, space * (1 + maxRatio * LineBreaker.SpaceStretch) + 0.001));
            }
        }
    }

    [Fact]
    public void The_last_line_is_flush_left_and_its_word_never_hyphenated()
    {
        var lines = Justify("Der var flyttet og etableret arbejdspladser i hovedstadsområdet og uddannelsesstationerne", 200);

        Assert.False(lines[^1].Justified);
        var lastLine = string.Concat(lines[^1].Fragments.Select(f => f.Text));
        Assert.EndsWith("uddannelsesstationerne", lastLine, StringComparison.Ordinal);
        Assert.Equal(0, lines[^1].Fragments[0].X);
    }

    [Fact]
    public void At_most_two_lines_in_a_row_end_with_a_hyphen_even_in_a_narrow_column()
    {
        var words = string.Join(" ", Enumerable.Repeat("uddannelsesstationerne arbejdspladserne statusopfølgningerne", 6));
        var lines = Justify(words + " slut", 150);

        Assert.Contains(lines, l => l.HyphenatedWord is not null);
        JustifiedLines.AssertInvariants(lines, 150, allowFallback: true);
        Assert.Equal(words.Split(' ').Append("slut"), JustifiedLines.WordsOf(lines));
    }

    [Fact]
    public void A_word_wider_than_the_column_is_broken_between_characters_and_nothing_passes_the_margin()
    {
        var lines = Build.LineBreaker.BreakJustified([new StyledText("ab abcdefghijklmnopqrstuvwxyz cd", Build.Regular)], 50, DanishHyphenator.Instance);

        Assert.All(lines, line => Assert.True(line.Width <= 50 + LayoutTolerance.Epsilon, $"{line.Width}"));
        Assert.Equal("ababcdefghijklmnopqrstuvwxyzcd", string.Concat(lines.SelectMany(l => l.Fragments).Select(f => f.Text.Replace(" ", "", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_hyphenated_word_is_drawn_inside_one_actual_text_span_with_the_whole_word()
    {
        var block = new TextBlock([new StyledText("Der er arbejdspladser i byen", Build.Regular)], 10, Build.LineBreaker, Build.Measurer, TextAlignment.Justify);
        var canvas = Build.LayOut(new Tagged(StructureTag.Paragraph, block), 80, 1000);

        var lines = block.Lines(80);
        Assert.Equal("arbejdspladser", Assert.Single(lines, l => l.HyphenatedWord is not null).HyphenatedWord);
        Assert.Equal(["arbejdspladser"], canvas.Pages.SelectMany(p => p.ActualTexts));
        Assert.True(canvas.AllClosed);
    }

    [Fact]
    public void A_hyphenated_line_does_not_end_a_page_when_the_paragraph_can_break_a_line_earlier()
    {
        var text = "Der er flyttet og etableret statslige arbejdspladser uden for hovedstadsområdet i byer og kommuner";
        var block = new TextBlock([new StyledText(text, Build.Regular)], 10, Build.LineBreaker, Build.Measurer, TextAlignment.Justify);
        var lines = block.Lines(80);
        // A hyphenated line below the first two (so that moving it leaves no orphan), followed by two more lines.
        var hyphenated = Enumerable.Range(2, lines.Count - 4).First(i => lines[i].HyphenatedWord is not null);

        // Room for exactly the lines up to the hyphenated one: it moves to the next page with its word's tail.
        var plan = block.Measure(80, (hyphenated + 1) * 10);
        Assert.Equal(hyphenated * 10, plan.Height);
    }
}

/// <summary>Random paragraphs of the published letter's own words, justified in random column widths.</summary>
public class JustificationProperties
{
    private static readonly PdfSharpFonts Fonts = new();
    private static readonly LineBreaker Breaker = new(Fonts);
    private static readonly string[] LetterWords = ReferenceText.Words().Distinct().ToArray();

    public sealed record Sample(IReadOnlyList<string> Words, int Width)
    {
        public override string ToString() => $"{Width} pt: {string.Join(" ", Words)}";
    }

    public static class Generators
    {
        public static Arbitrary<Sample> Sample() =>
            (from count in Gen.Choose(1, 80)
             from words in Gen.ArrayOf(Gen.Elements(LetterWords), count)
             from width in Gen.Choose(120, 420)
             select new Sample(words, width)).ToArbitrary();
    }

    public static class AnyTextGenerators
    {
        // Anything a dataset may hold: long compounds, numbers, hyphens, punctuation, capitals, runs of letters.
        private static readonly string[] Parts = ["a", "e", "ø", "å", "æ", "s", "t", "nd", "ng", "sj", "-", ".", ",", "(", ")", "1", "0", "VLAK", "kommune", "arbejds", "pladser"];

        private static readonly Gen<string> Word =
            from length in Gen.Choose(1, 12)
            from parts in Gen.ArrayOf(Gen.Elements(Parts), length)
            select string.Concat(parts);

        public static Arbitrary<Sample> Sample() =>
            (from count in Gen.Choose(1, 40)
             from words in Gen.ArrayOf(Word, count)
             from width in Gen.Choose(20, 420)
             select new Sample(words, width)).ToArbitrary();
    }

    [Property(Arbitrary = [typeof(AnyTextGenerators)], MaxTest = 300, QuietOnSuccess = true)]
    public void Any_text_in_any_column_is_set_without_overflow_or_loss(Sample sample)
    {
        var lines = Breaker.BreakJustified([new StyledText(string.Join(" ", sample.Words), LetterTypography.Default.Body)], sample.Width, DanishHyphenator.Instance);

        Assert.Equal(sample.Words, JustifiedLines.WordsOf(lines));
        Assert.All(lines, line => Assert.True(line.Width <= sample.Width + LayoutTolerance.Epsilon, $"{line.Width} > {sample.Width}"));
        Assert.All(lines.Where(l => l.HyphenatedWord is not null), line =>
            Assert.Contains(new WordBreak(line.HyphenAt, AddsHyphen: true), DanishHyphenator.Instance.Breaks(line.HyphenatedWord!)));
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 300, QuietOnSuccess = true)]
    public void Justification_never_overflows_never_loses_or_reorders_a_word(Sample sample)
    {
        var lines = Breaker.BreakJustified([new StyledText(string.Join(" ", sample.Words), LetterTypography.Default.Body)], sample.Width, DanishHyphenator.Instance);

        Assert.Equal(sample.Words, JustifiedLines.WordsOf(lines));
        // Random words can leave a line that no stretch within the bounds fills (a long word that cannot break
        // follows); that line is set flush left, never overfull.
        JustifiedLines.AssertInvariants(lines, sample.Width, allowFallback: true);
    }
}
