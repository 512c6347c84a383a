using BedreBalance.Rendering.Pdf.Layout;

namespace BedreBalance.Rendering.Pdf.Tests.Layout;

public class LineBreakerTests
{
    // With the fake measurer a 10 pt character is 5 pt wide: a 50 pt line holds 10 characters.
    private static List<string> Break(string text, double width) =>
        Build.LineBreaker.Break([new StyledText(text, Build.Regular)], width)
            .Select(line => string.Concat(line.Fragments.Select(f => f.Text)))
            .ToList();

    [Fact]
    public void Breaks_between_words_and_keeps_lines_within_the_width()
    {
        var lines = Build.LineBreaker.Break([new StyledText("aaa bbb ccc ddd eee", Build.Regular)], 50);

        Assert.Equal(["aaa bbb", "ccc ddd", "eee"], lines.Select(l => string.Concat(l.Fragments.Select(f => f.Text))));
        Assert.All(lines, line => Assert.True(line.Width <= 50, $"line {line.Width} wider than 50"));
        Assert.Equal([true, true, false], lines.Select(l => l.BrokenAtSpace));
    }

    [Fact]
    public void A_line_fills_up_to_exactly_the_width()
    {
        Assert.Equal(["aaaa bbbbb", "c"], Break("aaaa bbbbb c", 50));
    }

    [Fact]
    public void A_word_wider_than_the_line_is_broken_between_characters()
    {
        var lines = Build.LineBreaker.Break([new StyledText("abcdefghijklmnopqrstuvwxy z", Build.Regular)], 50);

        Assert.Equal(["abcdefghij", "klmnopqrst", "uvwxy z"], lines.Select(l => string.Concat(l.Fragments.Select(f => f.Text))));
        Assert.All(lines, line => Assert.True(line.Width <= 50));
        Assert.False(lines[0].BrokenAtSpace);
    }

    [Fact]
    public void A_superscript_marker_stays_with_its_word_smaller_and_raised()
    {
        var lines = Build.LineBreaker.Break(
            [new StyledText("xxxxxx Kommune", Build.Regular), new StyledText("1", Build.Regular, Superscript: true), new StyledText(" 106", Build.Regular)],
            70);

        Assert.Equal(2, lines.Count);
        var marker = Assert.Single(lines[1].Fragments, f => f.Text == "1");
        Assert.Equal("Kommune", lines[1].Fragments[0].Text);
        Assert.True(marker.Font.Size < Build.Regular.Size);
        Assert.True(marker.BaselineRaise > 0);
        Assert.Equal(lines[1].Fragments[0].X + 35, marker.X, 6);
    }

    [Fact]
    public void Neighbouring_words_in_one_font_form_one_fragment_and_a_font_change_starts_another()
    {
        var line = Assert.Single(Build.LineBreaker.Break(
            [new StyledText("one two ", Build.Regular), new StyledText("three", Build.Bold), new StyledText(" four", Build.Regular)],
            500));

        Assert.Equal(["one two", "three", "four"], line.Fragments.Select(f => f.Text));
        Assert.Equal([0, 40, 70], line.Fragments.Select(f => f.X));
        Assert.Equal(90, line.Width);
    }

    [Fact]
    public void Empty_or_blank_text_has_no_lines()
    {
        Assert.Empty(Break("", 50));
        Assert.Empty(Break("   ", 50));
    }
}
