using DocumentFormat.OpenXml.Packaging;
using Xunit;
using Model = BedreBalance.Document;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace BedreBalance.Rendering.Docx.Tests;

/// <summary>
/// The .docx carries what the tagged PDF carries (issue 10, point 3): headings Word's navigation pane shows, Word
/// captions numbered by SEQ fields, a title and a description on every table, and no empty rows used for spacing.
/// </summary>
public sealed class AccessibleWordTests
{
    [Fact]
    public void Title_and_section_labels_are_headings_at_outline_levels_1_and_2()
    {
        using var document = DocxDump.Open(Rendered.Letter);
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<W.Style>().ToDictionary(s => s.StyleId!.Value!);
        var headings = Body(document).Elements<W.Paragraph>()
            .Select(p => (Style: p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, Text: p.InnerText))
            .Where(p => p.Style is not null && styles[p.Style].StyleParagraphProperties?.OutlineLevel is not null)
            .Select(p => (p.Text, Level: styles[p.Style!].StyleParagraphProperties!.OutlineLevel!.Val!.Value))
            .ToList();

        Assert.Equal([(TestLetter.Create().Metadata.Title, 0), ("Spørgsmål", 1), ("Svar", 1)], headings);
    }

    [Fact]
    public void Every_caption_is_a_word_caption_numbered_by_a_SEQ_Tabel_field()
    {
        using var document = DocxDump.Open(Rendered.Letter);
        var captions = Body(document).Descendants<W.Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Caption").ToList();

        Assert.Equal(["Tabel 1", "Tabel 2", "Tabel 3"], captions.Select(c => c.InnerText));
        Assert.All(captions, c => Assert.Equal(" SEQ Tabel \\* ARABIC ", c.Descendants<W.SimpleField>().Single().Instruction!.Value));
        // Each caption sits in its table's first row, which repeats on every page the table continues on.
        Assert.All(captions, c => Assert.NotNull(Assert.IsType<W.TableRow>(c.Parent!.Parent).TableRowProperties!.GetFirstChild<W.TableHeader>()));
    }

    [Fact]
    public void Every_table_has_a_title_and_a_description()
    {
        using var document = DocxDump.Open(Rendered.Letter);
        var model = TestLetter.Create().Blocks.OfType<Model.Table>().ToList();
        var tables = Body(document).Elements<W.Table>().ToList();

        Assert.Equal(model.Select(t => t.Name), tables.Select(t => t.GetFirstChild<W.TableProperties>()!.GetFirstChild<W.TableCaption>()!.Val!.Value));
        Assert.Equal(model.Select(t => t.Description), tables.Select(t => t.GetFirstChild<W.TableProperties>()!.GetFirstChild<W.TableDescription>()!.Val!.Value));
        Assert.StartsWith("Kolonner: Kommune og Antal tilførte arbejdspladser.", model[0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void No_row_is_empty_and_a_region_is_set_apart_by_paragraph_spacing()
    {
        using var document = DocxDump.Open(Rendered.Letter);
        var table = Body(document).Elements<W.Table>().First();
        var rows = table.Elements<W.TableRow>().ToList();

        Assert.All(rows, row => Assert.NotEqual("", row.InnerText.Trim()));
        var regions = rows.Where(r => r.InnerText.StartsWith("Region ", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, regions.Count);
        Assert.Null(regions[0].Descendants<W.SpacingBetweenLines>().FirstOrDefault()); // the first follows the header directly
        // 8 pt above a region, on top of the cell's 2.5 pt padding (50 twips), which the paragraph's own spacing replaces.
        Assert.All(regions.Skip(1), r => Assert.Equal("210", r.Descendants<W.SpacingBetweenLines>().First().Before!.Value));
        // Likewise above the total, less the 0.5 pt its rule takes in the word processor's layout.
        var beforeTotal = rows[^2];
        Assert.Equal("200", beforeTotal.Descendants<W.SpacingBetweenLines>().First().After!.Value);
    }

    private static W.Body Body(WordprocessingDocument document) => document.MainDocumentPart!.Document!.Body!;
}
