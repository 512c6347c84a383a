using System.Text;
using System.Text.RegularExpressions;
using BedreBalance.Rendering.Pdf.Layout;
using BedreBalance.Rendering.Pdf.PdfSharpBackend;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace BedreBalance.Rendering.Pdf.Tests;

/// <summary>
/// The canvas's own text path (<see cref="PdfSharpText"/>) against PDFsharp's DrawString: the same drawing calls give
/// the same page content, the same font subsets and the same ToUnicode maps, byte for byte, and the text reads back.
/// </summary>
public class CanvasTextTests
{
    private const double PageHeight = 842;

    [Fact]
    public void This_PDFsharp_is_the_one_the_text_path_mirrors()
    {
        // On another version every string goes through DrawString; this fails first, so that the path is re-checked.
        Assert.True(PdfSharpText.MirrorsThisPdfSharp);
    }

    [Fact]
    public void Lines_cells_rules_and_pages_give_the_bytes_DrawString_gives()
    {
        var (drawString, direct, written) = BothWays(PdfTypeface.LiberationSerif, MixedPage);

        Assert.True(written > 20, $"only {written} strings took the canvas's own path");
        AssertSameStreams(drawString, direct);
    }

    [Theory]
    [InlineData(PdfTypeface.LiberationSerif)]
    [InlineData(PdfTypeface.LiberationSans)]
    [InlineData(PdfTypeface.Carlito)]
    public void Every_character_the_fonts_cover_gives_the_bytes_DrawString_gives(PdfTypeface typeface)
    {
        // Every face, every character the dataset's check lets through for this typeface (a bold italic that PDFsharp
        // slants from the bold face included), in lines of 40: glyph ids, hex line breaks, subsets and ToUnicode maps.
        var characters = Enumerable.Range(0, 0x110000)
            .Where(c => Rune.IsValid(c) && FontCoverage.CanDraw(new Rune(c), typeface))
            .Select(c => new Rune(c).ToString())
            .ToList();
        Assert.True(characters.Count > 200, $"{typeface} covers only {characters.Count} characters");

        var (drawString, direct, written) = BothWays(typeface, canvas =>
        {
            var page = 0;
            foreach (var face in Enum.GetValues<FontFace>())
            {
                var font = new FontSpec(face, 10);
                for (var start = 0; start < characters.Count; start += 40)
                {
                    var line = start / 40 % 60;
                    if (line == 0) canvas.BeginPage(++page);
                    canvas.BeginStructure(StructureTag.Paragraph);
                    canvas.DrawText(string.Concat(characters.Skip(start).Take(20)), font, 40, 40 + line * 12);
                    canvas.DrawText(string.Concat(characters.Skip(start + 20).Take(20)), font, 300, 40 + line * 12);
                    canvas.EndStructure();
                }
            }
        });

        Assert.True(written > 100, $"only {written} strings took the canvas's own path");
        AssertSameStreams(drawString, direct);
    }

    [Fact]
    public void Text_outside_Latin_1_and_a_font_switch_mid_line_read_back_as_drawn()
    {
        using var fonts = new PdfSharpFonts();
        using var pdf = new PdfDocument();
        pdf.SetPdfA();
        UAManager.ForDocument(pdf).SetDocumentLanguage("da-DK");
        var canvas = new PdfSharpCanvas(pdf, fonts, 595, PageHeight);
        var regular = new FontSpec(FontFace.Regular, 11);
        var bold = new FontSpec(FontFace.Bold, 11);

        canvas.BeginPage(1);
        canvas.BeginStructure(StructureTag.Paragraph);
        var x = 72.0;
        foreach (var (word, font) in new[] { ("Ærø ", regular), ("Ålborg ", regular), ("€ 12,5 ", bold), ("– „Œuvre“ ", regular), ("Ωmega… ", regular), ("ŝ ő", regular) })
        {
            canvas.DrawText(word, font, x, 100);
            x += fonts.Width(word, font);
        }
        canvas.EndStructure();
        canvas.Finish();
        var written = canvas.TextWrittenDirectly;
        using var buffer = new MemoryStream();
        pdf.Save(buffer, closeStream: false);
        canvas.Structure.NumberAfterSave();
        buffer.Position = 0;
        using var archival = ArchivalRewrite.Apply(buffer, canvas.Structure);

        var read = new PdfReadBack(archival.ToArray());

        // Strings 2, 5 and 6 follow a string in their own font, so they were written by the canvas, not DrawString.
        Assert.Equal(3, written);
        Assert.Equal(["Ærø", "Ålborg", "€", "12,5", "–", "„Œuvre“", "Ωmega…", "ŝ", "ő"], read.ContentWords());
        // One line, in three runs by font, the bold one in the middle.
        var runs = read.Pages[0];
        Assert.Equal(["Ærø Ålborg", "€ 12,5", "– „Œuvre“ Ωmega… ŝ ő"], runs.Select(r => r.Text));
        Assert.Single(runs.Select(r => r.Top).Distinct());
        Assert.Equal([false, true, false], runs.Select(r => r.Font.Contains("Bold", StringComparison.Ordinal)));
    }

    [Fact]
    public void Characters_first_drawn_by_the_canvas_are_in_the_font_subset()
    {
        using var fonts = new PdfSharpFonts();
        var (raw, written) = SaveTwoStrings(fonts, writeDirectly: true);
        Assert.Equal(1, written);

        var toUnicode = Streams(raw).Single(s => s.Contains("beginbfrange", StringComparison.Ordinal) || s.Contains("beginbfchar", StringComparison.Ordinal));
        foreach (var character in "aØß€Ω")
        {
            Assert.Contains($"<{(int)character:X4}>", toUnicode, StringComparison.Ordinal);
        }
        var kept = KeptOutlines(raw);
        // a, Ø, ß, € and Ω: five glyphs with outlines (the subset keeps .notdef's too).
        Assert.True(kept >= 5, $"the subset keeps {kept} outlines");
        Assert.Equal(kept, KeptOutlines(SaveTwoStrings(fonts, writeDirectly: false).Raw));
    }

    /// <summary>
    /// "a", then "Øß€Ω" in the same font: with <paramref name="writeDirectly"/> only the canvas draws the second string,
    /// so were its characters not recorded, the subset would keep no outline for them. The saved file, streams plain.
    /// </summary>
    private static (string Raw, int WrittenDirectly) SaveTwoStrings(PdfSharpFonts fonts, bool writeDirectly)
    {
        using var pdf = new PdfDocument();
        pdf.Options.NoCompression = true;
        pdf.Options.CompressContentStreams = false;
        var canvas = new PdfSharpCanvas(pdf, fonts, 595, PageHeight, writeTextDirectly: writeDirectly);
        var font = new FontSpec(FontFace.Regular, 10);
        canvas.BeginPage(1);
        canvas.BeginStructure(StructureTag.Paragraph);
        canvas.DrawText("a", font, 72, 100);
        canvas.DrawText("Øß€Ω", font, 80, 100);
        canvas.EndStructure();
        canvas.Finish();
        using var saved = new MemoryStream();
        pdf.Save(saved, closeStream: false);
        return (Encoding.Latin1.GetString(saved.ToArray()), canvas.TextWrittenDirectly);
    }

    /// <summary>The glyphs with an outline in the file's font program (its largest stream).</summary>
    private static int KeptOutlines(string raw) =>
        TrueTypeGlyphs.WithOutline(Encoding.Latin1.GetBytes(Streams(raw).OrderByDescending(s => s.Length).First())).Count;

    [Fact]
    public void After_other_drawing_on_the_page_the_next_string_goes_through_DrawString_again()
    {
        // A red fill and a transformation drawn straight through XGraphics, as a future canvas call might, without
        // telling the text path: the next string must realize black and the transformation as DrawString does.
        static (string Content, int Written) Draw(bool writeDirectly)
        {
            using var fonts = new PdfSharpFonts();
            using var pdf = new PdfDocument();
            pdf.Options.NoCompression = true;
            pdf.Options.CompressContentStreams = false;
            using var text = new PdfSharpText(pdf, fonts, writeDirectly);
            var page = pdf.AddPage();
            using (var graphics = PdfSharp.Drawing.XGraphics.FromPdfPage(page))
            {
                var font = new FontSpec(FontFace.Regular, 10);
                text.Draw(graphics, "sort ", font, 72, 100);
                text.Draw(graphics, "tekst", font, 100, 100);
                graphics.DrawRectangle(PdfSharp.Drawing.XBrushes.Red, 72, 110, 50, 10);
                text.Draw(graphics, "igen ", font, 72, 130);
                graphics.TranslateTransform(0, 20);
                text.Draw(graphics, "flyttet", font, 72, 130);
                text.Draw(graphics, " og videre", font, 110, 130);
            }
            using var saved = new MemoryStream();
            pdf.Save(saved, closeStream: false);
            var content = Streams(Encoding.Latin1.GetString(saved.ToArray())).First(s => s.Contains(" Tj", StringComparison.Ordinal));
            return (content, text.WrittenDirectly);
        }

        var (drawString, _) = Draw(writeDirectly: false);
        var (direct, written) = Draw(writeDirectly: true);

        // "tekst" follows "sort " in the same font with nothing between; everything else follows a fill or a transformation.
        Assert.Equal(1, written);
        Assert.Equal(drawString, direct);
        Assert.Contains("0 0 0 rg", direct, StringComparison.Ordinal);
    }

    /// <summary>Paragraph lines with a bold word and a page-number-like artifact, table cells under rules, two pages.</summary>
    private static void MixedPage(PdfSharpCanvas canvas)
    {
        var body = new FontSpec(FontFace.Regular, 11);
        var bold = new FontSpec(FontFace.Bold, 11);
        var italic = new FontSpec(FontFace.Italic, 11);
        var boldItalic = new FontSpec(FontFace.BoldItalic, 11);
        var cell = new FontSpec(FontFace.Regular, 10);
        for (var page = 1; page <= 2; page++)
        {
            canvas.BeginPage(page);
            canvas.BeginArtifact(ArtifactKind.PageHeader);
            canvas.DrawText("Tabel 1", bold, 70.8661, 96.5);
            canvas.DrawText("Flyttede og etablerede statslige arbejdspladser", body, 70.8661, 112);
            canvas.EndArtifact();
            canvas.BeginStructure(StructureTag.Paragraph);
            canvas.DrawText("Vi ", body, 70.8661, 172.1108);
            canvas.DrawText("minimerer ", body, 88.3996, 172.1108);
            canvas.DrawText("opslyse ", bold, 138.31, 172.1108);
            canvas.DrawText("(i en tabel), ", body, 170.5067, 172.1108);
            canvas.DrawText("", body, 200, 172.1108);
            canvas.DrawText("kursiv ", italic, 240.7033, 172.1108);
            canvas.DrawText("fed kursiv ", boldItalic, 280.7033, 172.1108);
            canvas.DrawText("og tilbage ", body, 330.7033, 172.1108);
            canvas.DrawText("til næste linje", body, 70.8661, 187.6108);
            canvas.DrawText(new string('ø', 24), body, 70.8661, 203.1108);
            canvas.DrawText(new string('æ', 25), body, 70.8661, 218.6108);
            canvas.DrawText(new string('å', 49), body, 70.8661, 234.1108);
            canvas.DrawText("  ", body, 470, 234.1108);
            canvas.EndStructure();
            canvas.BeginArtifact(ArtifactKind.Layout);
            canvas.DrawHorizontalRule(70.8661, 481.8898, 250.1496, 0.8);
            canvas.EndArtifact();
            for (var row = 0; row < 12; row++)
            {
                var y = 265.7736 + row * 17.5;
                canvas.BeginStructure(StructureTag.TableRow);
                canvas.BeginStructure(StructureTag.TableDataCell);
                canvas.DrawText($"Bornholms Kommune {row + 48}", cell, 70.8661, y);
                canvas.EndStructure();
                canvas.BeginStructure(StructureTag.TableDataCell);
                canvas.DrawText((row * 137 % 1000).ToString("N0", new System.Globalization.CultureInfo("da-DK")), cell, 466.8898 - row % 3 * 5.0003, y);
                canvas.EndStructure();
                canvas.EndStructure();
                if (row == 5)
                {
                    canvas.BeginArtifact(ArtifactKind.Layout);
                    canvas.DrawHorizontalRule(70.8661, 481.8898, y + 4, 0.4);
                    canvas.EndArtifact();
                }
            }
            canvas.BeginArtifact(ArtifactKind.PageFooter);
            canvas.DrawText($"Side {page} af 2", cell, 280, 800.25);
            canvas.EndArtifact();
        }
    }

    private static (List<string> DrawString, List<string> Direct, int Written) BothWays(PdfTypeface typeface, Action<PdfSharpCanvas> draw)
    {
        var (drawString, _) = Render(typeface, draw, writeTextDirectly: false);
        var (direct, written) = Render(typeface, draw, writeTextDirectly: true);
        return (drawString, direct, written);
    }

    /// <summary>The streams of the saved file, uncompressed: page contents, font programs, ToUnicode maps.</summary>
    private static (List<string> Streams, int Written) Render(PdfTypeface typeface, Action<PdfSharpCanvas> draw, bool writeTextDirectly)
    {
        using var fonts = new PdfSharpFonts(typeface);
        using var pdf = new PdfDocument();
        pdf.Options.NoCompression = true;
        pdf.Options.CompressContentStreams = false;
        int written;
        using (var canvas = new PdfSharpCanvas(pdf, fonts, 595, PageHeight, writeTextDirectly: writeTextDirectly))
        {
            draw(canvas);
            canvas.Finish();
            written = canvas.TextWrittenDirectly;
        }
        using var saved = new MemoryStream();
        pdf.Save(saved, closeStream: false);
        return (Streams(Encoding.Latin1.GetString(saved.ToArray())), written);
    }

    /// <summary>The file's streams but its XMP metadata (which carries the time and random ids).</summary>
    private static List<string> Streams(string raw) =>
        Regex.Matches(raw, @"stream\n(.*?)\nendstream", RegexOptions.Singleline).Select(m => m.Groups[1].Value)
            .Where(s => !s.Contains("x:xmpmeta", StringComparison.Ordinal)).ToList();

    private static void AssertSameStreams(List<string> drawString, List<string> direct)
    {
        Assert.True(drawString.Count > 3, $"{drawString.Count} streams");
        Assert.Equal(drawString.Count, direct.Count);
        for (var i = 0; i < drawString.Count; i++)
        {
            // Equal strings, so that a difference shows where it is.
            Assert.Equal(drawString[i], direct[i]);
        }
    }
}
