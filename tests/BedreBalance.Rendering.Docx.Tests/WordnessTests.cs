using DocumentFormat.OpenXml.Packaging;
using Xunit;
using Model = BedreBalance.Document;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace BedreBalance.Rendering.Docx.Tests;

/// <summary>What an experienced Word user's document has: real styles, a proper section, repeating table headers.</summary>
public sealed class WordnessTests
{
    [Fact]
    public void Section_is_A4_with_the_letters_margins_in_twips()
    {
        using var document = DocxDump.Open(Rendered.Letter);
        var section = Body(document).Elements<W.SectionProperties>().Single();
        var size = section.GetFirstChild<W.PageSize>()!;
        var margin = section.GetFirstChild<W.PageMargin>()!;
        // A4 is 210 x 297 mm; 3 cm = 1701, 4 cm = 2268 and 2.5 cm = 1417 twips.
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        Assert.Equal((1701, 2268u, 1417, 1417u), (margin.Top!.Value, margin.Right!.Value, margin.Bottom!.Value, margin.Left!.Value));
    }

    [Fact]
    public void Footer_holds_a_PAGE_field_and_the_section_uses_it()
    {
        using var document = DocxDump.Open(Rendered.Letter);
        var main = document.MainDocumentPart!;
        var reference = Body(document).Elements<W.SectionProperties>().Single().GetFirstChild<W.FooterReference>()!;
        Assert.Equal(W.HeaderFooterValues.Default, reference.Type!.Value);
        var footer = Assert.IsType<FooterPart>(main.GetPartById(reference.Id!.Value!));
        Assert.Equal(" PAGE ", footer.Footer!.Descendants<W.FieldCode>().Single().Text);
        Assert.Equal(3, footer.Footer.Descendants<W.FieldChar>().Count());
    }

    private static readonly string[] NotProse = ["Heading1", "Heading2", "Caption", "TableText", "Closing", "Signature"];

    [Fact]
    public void Body_text_is_justified_and_hyphenated_by_word_in_danish_like_the_pdf()
    {
        using var document = DocxDump.Open(Rendered.Letter);
        var main = document.MainDocumentPart!;
        var settings = main.DocumentSettingsPart!.Settings!;
        Assert.NotNull(settings.GetFirstChild<W.AutoHyphenation>());
        Assert.Equal(2, settings.GetFirstChild<W.ConsecutiveHyphenLimit>()!.Val!.Value);
        Assert.True(settings.GetFirstChild<W.HyphenationZone>()!.Val!.Value is { Length: > 0 });
        var styles = main.StyleDefinitionsPart!.Styles!;
        W.Style Style(string id) => styles.Elements<W.Style>().Single(s => s.StyleId == id);
        Assert.Equal(W.JustificationValues.Both, Style("Normal").StyleParagraphProperties!.Justification!.Val!.Value);
        Assert.Equal("da-DK", styles.DocDefaults!.Descendants<W.Languages>().Single().Val!.Value);
        // Not prose: flush left and never hyphenated, as in the PDF.
        Assert.All(NotProse, id =>
        {
            Assert.Equal(W.JustificationValues.Left, Style(id).StyleParagraphProperties!.Justification!.Val!.Value);
            Assert.NotNull(Style(id).StyleParagraphProperties!.SuppressAutoHyphens);
        });
        // The page number where the PDF has it: flush right under the text column.
        Assert.Equal(W.JustificationValues.Right, Style("Footer").StyleParagraphProperties!.Justification!.Val!.Value);
    }

    [Fact]
    public void Only_each_tables_caption_and_header_rows_repeat_and_no_row_splits()
    {
        using var document = DocxDump.Open(Rendered.Letter);
        var tables = Body(document).Elements<W.Table>().ToList();
        Assert.Equal(3, tables.Count);
        foreach (var table in tables)
        {
            var rows = table.Elements<W.TableRow>().ToList();
            Assert.Equal([true, true, .. Enumerable.Repeat(false, rows.Count - 2)], rows.Select(r => r.TableRowProperties!.GetFirstChild<W.TableHeader>() is not null));
            Assert.All(rows, row => Assert.NotNull(row.TableRowProperties!.GetFirstChild<W.CantSplit>()));
        }
    }

    [Fact]
    public void Table_columns_fill_the_text_width_in_the_models_proportions()
    {
        using var document = DocxDump.Open(Rendered.Letter);
        var table1 = Body(document).Elements<W.Table>().First();
        var grid = table1.GetFirstChild<W.TableGrid>()!.Elements<W.GridColumn>().Select(c => int.Parse(c.Width!.Value!)).ToList();
        Assert.Equal(11906 - 1417 - 2268, grid.Sum());
        var columns = TestLetter.Create().Blocks.OfType<Model.Table>().First().Columns;
        Assert.Equal(columns[0].RelativeWidth / columns[1].RelativeWidth, (double)grid[0] / grid[1], precision: 3);
        // Every cell carries its column's width, as Word writes it.
        var firstRowWidths = table1.Elements<W.TableRow>().ElementAt(1).Elements<W.TableCell>().Select(c => int.Parse(c.TableCellProperties!.TableCellWidth!.Width!.Value!));
        Assert.Equal(grid, firstRowWidths);
    }

    [Fact]
    public void Numbers_are_right_aligned_and_the_caption_is_the_tables_first_row_across_its_columns()
    {
        using var document = DocxDump.Open(Rendered.Letter);
        var body = Body(document);
        var table1 = body.Elements<W.Table>().First();
        var cells = table1.Elements<W.TableRow>().Skip(3).First().Elements<W.TableCell>().ToList();
        Assert.Equal(W.JustificationValues.Right, cells[1].Descendants<W.Justification>().Single().Val!.Value);
        Assert.Empty(cells[0].Descendants<W.Justification>());
        var caption = Assert.Single(table1.Elements<W.TableRow>().First().Elements<W.TableCell>());
        Assert.Equal(2, caption.TableCellProperties!.GridSpan!.Val!.Value);
        Assert.Equal(["Caption", "CaptionSubtitle"], caption.Elements<W.Paragraph>().Select(p => p.ParagraphProperties!.ParagraphStyleId!.Val!.Value));
        Assert.Equal("Caption", Style(document, "CaptionSubtitle").BasedOn!.Val!.Value);
        // The paragraph before the table is the letter's, not a caption.
        Assert.Null(table1.ElementsBefore().OfType<W.Paragraph>().Last().ParagraphProperties?.ParagraphStyleId);
    }

    /// <summary>
    /// Word and LibreOffice put the larger of a paragraph's space after and the next one's space before between them
    /// (ISO/IEC 29500-1 §17.3.1.33), not the sum: the styles give the PDF's gaps (LetterTypography) under that rule.
    /// </summary>
    [Fact]
    public void Paragraph_spacing_gives_the_PDFs_gaps_under_Words_larger_of_rule()
    {
        using var document = DocxDump.Open(Rendered.Letter);
        int Twips(string id, Func<W.SpacingBetweenLines, string?> side) =>
            int.Parse(side(Style(document, id).StyleParagraphProperties!.SpacingBetweenLines!) ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        int Gap(string above, string below) => Math.Max(Twips(above, s => s.After?.Value), Twips(below, s => s.Before?.Value));
        Assert.Equal(220, Gap("Normal", "Normal"));     // ParagraphGap 11 pt
        Assert.Equal(400, Gap("Normal", "Heading2"));   // GapBeforeLabel 20 pt
        Assert.Equal(400, Gap("Heading1", "Heading2"));
        Assert.Equal(80, Gap("Heading2", "Normal"));    // GapAfterLabel 4 pt
        Assert.Equal(80, Gap("Heading1", "Normal"));
        Assert.Equal(520, Gap("Normal", "Closing"));    // GapBeforeSignature 26 pt
        Assert.Equal(800, Gap("Closing", "Signature")); // SignatureSpace 40 pt
        // Around a table (22 pt): the paragraph before it says so; the one after it and the first note say so too.
        var body = Body(document);
        var table1 = body.Elements<W.Table>().First();
        Assert.Equal("440", ((W.Paragraph)table1.PreviousSibling()!).ParagraphProperties!.SpacingBetweenLines!.After!.Value);
        Assert.Equal("100", ((W.Paragraph)table1.NextSibling()!).ParagraphProperties!.SpacingBetweenLines!.Before!.Value);
        var notes = table1.ElementsAfter().OfType<W.Paragraph>().TakeWhile(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "TableNote").ToList();
        Assert.Equal("440", notes[^1].NextSibling<W.Paragraph>()!.ParagraphProperties!.SpacingBetweenLines!.Before!.Value);
        // Tables 2 and 3 follow each other: an empty paragraph exactly 22 pt high keeps them apart.
        var spacer = body.Elements<W.Table>().ElementAt(1).NextSibling<W.Paragraph>()!;
        Assert.Empty(spacer.Descendants<W.Text>());
        Assert.Equal("440", spacer.ParagraphProperties!.SpacingBetweenLines!.Line!.Value);
        Assert.Equal(W.LineSpacingRuleValues.Exact, spacer.ParagraphProperties.SpacingBetweenLines.LineRule!.Value);
    }

    [Fact]
    public void Document_language_and_font_are_set_on_the_style_defaults()
    {
        using var document = DocxDump.Open(Rendered.Letter);
        var defaults = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("da-DK", defaults.Languages!.Val!.Value);
        Assert.Equal("Times New Roman", defaults.RunFonts!.Ascii!.Value);
        Assert.Equal("Times New Roman", defaults.RunFonts.HighAnsi!.Value);
        Assert.Equal("22", defaults.FontSize!.Val!.Value); // 11 pt in half-points
    }

    [Fact]
    public void Language_comes_from_the_documents_metadata()
    {
        var letter = TestLetter.Create();
        var english = letter with { Metadata = letter.Metadata with { Language = "en-GB" } };
        using var document = DocxDump.Open(Rendered.Render(english));
        Assert.Equal("en-GB", document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.Languages!.Val!.Value);
    }

    [Fact]
    public void Every_style_the_body_uses_is_defined_and_builtin_ids_are_used_for_the_letters_parts()
    {
        using var document = DocxDump.Open(Rendered.Letter);
        var defined = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<W.Style>().Select(s => s.StyleId!.Value).ToHashSet();
        var used = Body(document).Descendants<W.ParagraphStyleId>().Select(s => s.Val!.Value)
            .Concat(Body(document).Descendants<W.TableStyle>().Select(s => s.Val!.Value))
            .ToHashSet();
        Assert.Subset(defined, used);
        Assert.Superset(new HashSet<string?> { "Heading1", "Heading2", "Caption", "Closing", "Signature", "TableNote", "LetterTable" }, used);
        Assert.Contains("Normal", defined);
    }

    [Fact]
    public void Signature_keeps_the_closing_with_the_name_and_title()
    {
        using var document = DocxDump.Open(Rendered.Letter);
        var closing = Body(document).Elements<W.Paragraph>().Single(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Closing");
        var signature = Assert.IsType<W.Paragraph>(closing.NextSibling());
        Assert.Equal("Signature", signature.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        Assert.Single(signature.Descendants<W.Break>());
        var closingStyle = Style(document, "Closing").StyleParagraphProperties!;
        Assert.NotNull(closingStyle.KeepNext);
        Assert.True(int.Parse(closingStyle.SpacingBetweenLines!.After!.Value!) >= 720, "room to sign: at least half an inch");
        Assert.NotNull(Style(document, "Signature").StyleParagraphProperties!.KeepLines);
    }

    [Fact]
    public void A_table_longer_than_a_page_stays_one_table_with_its_caption_and_header_rows_repeating()
    {
        var letter = TestLetter.Create();
        var table1 = letter.Blocks.OfType<Model.Table>().First();
        var longTable = table1 with { Body = [.. Enumerable.Repeat(table1.Body, 5).SelectMany(rows => rows)] };
        var docx = Rendered.Render(letter with { Blocks = [letter.Blocks[0], longTable] });
        DocxRendererTests.AssertValid(docx);
        using var document = DocxDump.Open(docx);
        var table = Assert.Single(Body(document).Elements<W.Table>());
        Assert.Equal(2 + 5 * table1.Body.Count, table.Elements<W.TableRow>().Count());
        Assert.Equal(2, table.Descendants<W.TableHeader>().Count());
        // Word needs a paragraph after a table that ends the document.
        Assert.IsType<W.Paragraph>(table.NextSibling());
    }

    private static W.Body Body(WordprocessingDocument document) => document.MainDocumentPart!.Document!.Body!;

    private static W.Style Style(WordprocessingDocument document, string id) =>
        document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<W.Style>().Single(s => s.StyleId?.Value == id);
}
