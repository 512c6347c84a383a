using System.Text;
using BedreBalance.Dataset;
using BedreBalance.Domain;
using Xunit;

namespace BedreBalance.Tests.Dataset;

/// <summary>
/// The check of every character against what the documents can print: the renderer's answer for a Latin-1 character
/// is kept for the rest of a file (it is asked for millions of characters), which must not change what is reported.
/// </summary>
public class PrintableCharactersTests
{
    private sealed class CountingFonts(params char[] missing)
    {
        public Dictionary<int, int> Asked { get; } = [];

        public bool CanPrint(Rune rune)
        {
            Asked[rune.Value] = Asked.GetValueOrDefault(rune.Value) + 1;
            return !missing.Contains((char)rune.Value);
        }
    }

    [Fact]
    public void A_missing_latin_1_character_is_reported_once_on_every_line_it_stands_on()
    {
        var fonts = new CountingFonts('§', 'ÿ');
        var printable = new PrintableCharacters("Test Serif", fonts.CanPrint);
        var diagnostics = new List<Diagnostic>();

        printable.Check("tabel1.csv", "a§b;§\nok;ÿ\n§§\nKøge;12\n", diagnostics);

        Assert.Equal([(1, "U+00A7"), (2, "U+00FF"), (3, "U+00A7")], diagnostics.Select(d => (d.Line!.Value, d.Message[(d.Message.IndexOf("U+", StringComparison.Ordinal))..][..6])));
        Assert.All(diagnostics, d => Assert.Equal(("tabel1.csv", Severity.Error), (d.File, d.Severity)));
        Assert.All(fonts.Asked, asked => Assert.Equal(1, asked.Value));
    }

    [Fact]
    public void Characters_beyond_latin_1_are_asked_each_time_and_reported_as_before()
    {
        var fonts = new CountingFonts('中');
        var printable = new PrintableCharacters("Test Serif", fonts.CanPrint);
        var diagnostics = new List<Diagnostic>();

        printable.Check("brev.md", "中中 – 中\n– 中\n", diagnostics);

        Assert.Equal([1, 2], diagnostics.Select(d => d.Line!.Value));
        Assert.Equal(4, fonts.Asked['中']);
        Assert.Equal(2, fonts.Asked['–']);
    }

    [Fact]
    public void Each_check_asks_afresh()
    {
        var fonts = new CountingFonts('§');
        var printable = new PrintableCharacters("Test Serif", fonts.CanPrint);
        var diagnostics = new List<Diagnostic>();

        printable.Check("tabel1.csv", "§", diagnostics);
        printable.Check("tabel2.csv", "§", diagnostics);

        Assert.Equal(["tabel1.csv", "tabel2.csv"], diagnostics.Select(d => d.File));
        Assert.Equal(2, fonts.Asked['§']);
    }
}
