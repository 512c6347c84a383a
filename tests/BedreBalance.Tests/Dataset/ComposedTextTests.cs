using System.Text;
using BedreBalance.Dataset;
using BedreBalance.Domain;
using Xunit;

namespace BedreBalance.Tests.Dataset;

/// <summary>Dataset text is read in Unicode's composed form (NFC), whatever the editor that saved it wrote.</summary>
public class ComposedTextTests
{
    private static string Read(string text)
    {
        var diagnostics = new List<Diagnostic>();
        var read = TextFile.Decode(Encoding.UTF8.GetBytes(text), "brev.md", diagnostics);
        Assert.Empty(diagnostics);
        return read!;
    }

    [Theory]
    [InlineData("Ta\u030Arnby", "Tårnby")]          // a + combining ring above (macOS)
    [InlineData("A\u030Arhus", "Århus")]
    [InlineData("e\u0301tude", "étude")]
    [InlineData("A\u030A\u0301", "\u01FA")]          // Ǻ: a composite composes again with the next mark
    [InlineData("q\u0307", "q\u0307")]               // no precomposed q with a dot: stays two characters
    [InlineData("Sorø og Ærø", "Sorø og Ærø")]       // ø and æ have no decomposed form; nothing to do
    [InlineData("Kolding\r\nTårnby", "Kolding\r\nTårnby")]
    [InlineData("\u0301Ta\u030Arnby", "\u0301Tårnby")]   // a mark with nothing before it stays; the rest composes
    [InlineData("a\u030A og Ta\u030Arnby", "å og Tårnby")] // the first character composes with the mark after it
    [InlineData("Kolding – Ta\u030Arnby", "Kolding – Tårnby")] // a dash (U+2013) before the mark: composing starts there
    [InlineData("Kolding – Tårnby", "Kolding – Tårnby")]
    [InlineData("𝐀 Ta\u030Arnby 𝐀", "𝐀 Tårnby 𝐀")]        // characters outside the BMP (surrogate pairs) come through whole
    public void Decomposed_letters_are_composed_and_composed_text_is_left_alone(string written, string expected)
    {
        Assert.Equal(expected, Read(written));
    }

    [Fact]
    public void Composing_keeps_every_line_where_it_was()
    {
        var read = Read("linje 1\nTa\u030Arnby\nlinje 3\n");
        Assert.Equal(["linje 1", "Tårnby", "linje 3", ""], read.Split('\n'));
    }
}
