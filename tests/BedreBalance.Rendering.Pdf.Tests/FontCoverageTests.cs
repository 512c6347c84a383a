using System.Text;
using BedreBalance.Rendering.Pdf.PdfSharpBackend;

namespace BedreBalance.Rendering.Pdf.Tests;

/// <summary>The PDF renderer's answer to "can you draw this character?", read from its fonts' character maps.</summary>
public class FontCoverageTests
{
    [Theory]
    [InlineData(PdfTypeface.LiberationSerif)]
    [InlineData(PdfTypeface.LiberationSans)]
    [InlineData(PdfTypeface.Carlito)]
    public void Draws_every_character_of_the_published_letter_and_danish_typography(PdfTypeface typeface)
    {
        var text = File.ReadAllText(RepositoryPaths.ReferenceText) + "æøåÆØÅéü€§–—„“”‘’…½×";
        Assert.All(text.EnumerateRunes().Where(r => !Rune.IsControl(r)).Distinct(), r => Assert.True(PdfRenderer.CanDraw(r, typeface), $"U+{r.Value:X4} \"{r}\""));
    }

    [Theory]
    [InlineData(0x1F4BC)] // 💼 briefcase, an emoji
    [InlineData(0x4E2D)]  // 中, CJK
    [InlineData(0x0915)]  // क, Devanagari
    [InlineData(0xE000)]  // private use
    public void Does_not_claim_characters_its_fonts_lack(int codePoint)
    {
        Assert.All(Enum.GetValues<PdfTypeface>(), typeface => Assert.False(PdfRenderer.CanDraw(new Rune(codePoint), typeface)));
    }

    /// <summary>
    /// The checks read only each face's table directory and character map from the embedded resource; what they find
    /// must be what the whole font file (the one in the repository) says.
    /// </summary>
    [Theory]
    [MemberData(nameof(EmbeddedFaces))]
    public void Reading_only_the_character_map_finds_what_the_whole_file_maps(string faceName)
    {
        var wholeFile = File.ReadAllBytes(RepositoryPaths.InRoot("src", "BedreBalance.Rendering.Pdf", "Fonts", faceName + ".ttf"));
        using var resource = EmbeddedFontResolver.OpenFace(faceName);

        var fromMapOnly = FontCoverage.CodePoints(resource);

        Assert.True(fromMapOnly.SetEquals(FontCoverage.CodePoints(wholeFile)));
        Assert.Contains('ø', fromMapOnly);
    }

    public static TheoryData<string> EmbeddedFaces() =>
        [.. Directory.GetFiles(RepositoryPaths.InRoot("src", "BedreBalance.Rendering.Pdf", "Fonts"), "*.ttf").Select(file => Path.GetFileNameWithoutExtension(file)!).Order(StringComparer.Ordinal)];
}
