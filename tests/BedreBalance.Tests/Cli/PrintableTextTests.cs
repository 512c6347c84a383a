using BedreBalance.Cli;
using BedreBalance.Document;
using BedreBalance.Tests.Validation;
using Xunit;

namespace BedreBalance.Tests.Cli;

/// <summary>Every character is printed or refused: none vanishes from the PDF while the Word document keeps it.</summary>
public class PrintableTextTests
{
    [Fact]
    public void A_character_the_pdf_fonts_lack_is_an_error_naming_file_line_character_and_code_point()
    {
        using var data = BrokenDataset.Copy()
            .Replace("brev.md", "folketingsvalget i sommeren 2015", "folketingsvalget 💼 i sommeren 2015")
            .Replace("tabel2.csv", "Arbejdsskadestyrelsen til ATP;", "Arbejdsskadestyrelsen 中 til ATP;");

        var run = CliRunner.Run("validate", data.Directory);

        Assert.Equal(ExitCodes.InvalidData, run.ExitCode);
        Assert.Contains("brev.md:30: error: The character \"💼\" (U+1F4BC) cannot be printed: the PDF's typeface, Liberation Serif, has no glyph for it.", run.Error, StringComparison.Ordinal);
        Assert.Contains("tabel2.csv:2: error: The character \"中\" (U+4E2D) cannot be printed", run.Error, StringComparison.Ordinal);
        var generate = CliRunner.Run("generate", data.Directory, "--out", Path.Combine(data.Directory, "..", "out"));
        Assert.Equal(ExitCodes.InvalidData, generate.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(data.Directory, "..", "out")));
    }

    [Fact]
    public void The_letters_own_characters_all_print()
    {
        using var data = BrokenDataset.Copy();
        var run = CliRunner.Run("validate", data.Directory);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.DoesNotContain("cannot be printed", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_decomposed_a_ring_is_read_as_one_character_and_resolves_to_the_municipality()
    {
        // "Tårnby" as macOS writes it: "a" followed by U+030A COMBINING RING ABOVE.
        using var data = BrokenDataset.Copy()
            .Replace("tabel1.csv", "Region Hovedstaden;Bornholms Kommune;14;", "Region Hovedstaden;Ta\u030Arnby Kommune;14;")
            .Replace("brev.md", "fordelt på", "fordelt pa\u030A");

        var composition = data.Compose();

        Assert.DoesNotContain(composition.Diagnostics, d => d.IsError);
        var cells = composition.Document!.Blocks.OfType<Table>().First().Body.SelectMany(r => r.Cells).SelectMany(c => c.Runs).Select(r => r.Text);
        Assert.Contains("Tårnby Kommune", cells);
        var text = string.Concat(composition.Document.Blocks.OfType<Paragraph>().SelectMany(p => p.Runs).Select(r => r.Text));
        Assert.Contains("fordelt på", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u030A", text, StringComparison.Ordinal);
    }
}
