using System.Text;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace BedreBalance.Rendering.Docx.Tests;

/// <summary>
/// Reads a rendered .docx back, as Word would see it, into a readable text snapshot and a word list.
/// It knows nothing of the renderer's internals: only the package's XML.
/// </summary>
public static class DocxDump
{
    public static string Write(byte[] docx)
    {
        using var document = Open(docx);
        var main = document.MainDocumentPart!;
        var text = new StringBuilder();
        var section = main.Document!.Body!.Elements<W.SectionProperties>().Single();
        var size = section.GetFirstChild<W.PageSize>()!;
        var margin = section.GetFirstChild<W.PageMargin>()!;
        text.Append($"Section: page {size.Width} x {size.Height} twips; margins top {margin.Top}, right {margin.Right}, bottom {margin.Bottom}, left {margin.Left}\n");
        foreach (var footer in main.FooterParts)
        {
            foreach (var paragraph in footer.Footer!.Elements<W.Paragraph>())
            {
                text.Append("Footer ").Append(Paragraph(paragraph)).Append('\n');
            }
        }
        foreach (var element in main.Document.Body.ChildElements)
        {
            switch (element)
            {
                case W.Paragraph paragraph:
                    text.Append(Paragraph(paragraph)).Append('\n');
                    break;
                case W.Table table:
                    WriteTable(text, table);
                    break;
            }
        }
        return text.ToString();
    }

    /// <summary>The body's words in reading order; a line break or tab separates words like a space.</summary>
    public static IReadOnlyList<string> Words(byte[] docx)
    {
        using var document = Open(docx);
        return document.MainDocumentPart!.Document!.Body!.Descendants<W.Paragraph>()
            .SelectMany(p => PlainText(p).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .ToList();
    }

    public static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);

    private static void WriteTable(StringBuilder text, W.Table table)
    {
        var properties = table.GetFirstChild<W.TableProperties>()!;
        var grid = table.GetFirstChild<W.TableGrid>()!.Elements<W.GridColumn>().Select(c => c.Width!.Value);
        text.Append($"Table [{properties.TableStyle?.Val}] width {properties.TableWidth?.Width} {properties.TableWidth?.Type?.ToString()}, layout {properties.TableLayout?.Type?.ToString()}, grid {string.Join(" + ", grid)}; alt text \"{properties.TableCaption?.Val}\"\n");
        foreach (var row in table.Elements<W.TableRow>())
        {
            var flags = new List<string>();
            if (row.TableRowProperties?.GetFirstChild<W.TableHeader>() is not null) flags.Add("repeat as header");
            if (row.TableRowProperties?.GetFirstChild<W.CantSplit>() is not null) flags.Add("cantSplit");
            text.Append("  Row (").AppendJoin(", ", flags).Append(')');
            foreach (var cell in row.Elements<W.TableCell>())
            {
                var borders = cell.TableCellProperties?.TableCellBorders;
                text.Append(" | ");
                if (borders?.TopBorder is { } top) text.Append("rule above ").Append(top.Val?.ToString()).Append(": ");
                text.AppendJoin(" / ", cell.Elements<W.Paragraph>().Select(Paragraph));
            }
            text.Append('\n');
        }
        text.Append("End table\n");
    }

    private static string Paragraph(W.Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        var flags = new List<string> { properties?.ParagraphStyleId?.Val?.Value ?? "Normal" };
        if (properties?.KeepNext is not null) flags.Add("keepNext");
        if (properties?.Justification?.Val is { } alignment) flags.Add(alignment.ToString()!);
        if (properties?.SpacingBetweenLines is { } spacing) flags.Add($"space {spacing.Before?.Value ?? "-"}/{spacing.After?.Value ?? "-"}");
        var text = new StringBuilder();
        text.Append('[').AppendJoin(", ", flags).Append("] ");
        foreach (var child in paragraph.ChildElements)
        {
            switch (child)
            {
                case W.Run run:
                    text.Append(Run(run));
                    break;
                case W.SimpleField field:
                    // A simple field shows its last result; the code in braces tells the reader it is a field.
                    text.Append('{').Append(field.Instruction?.Value?.Trim()).Append(" = ");
                    foreach (var run in field.Elements<W.Run>()) text.Append(Run(run));
                    text.Append('}');
                    break;
            }
        }
        return text.ToString().TrimEnd();
    }

    /// <summary>Formatting shows as in TextDump: *bold*, _italic_, ^superscript^; a line break as ⏎, a field as {CODE}.</summary>
    private static string Run(W.Run run)
    {
        var value = new StringBuilder();
        foreach (var child in run.ChildElements)
        {
            switch (child)
            {
                case W.Text t: value.Append(t.Text); break;
                case W.Break: value.Append(" ⏎ "); break;
                case W.TabChar: value.Append(" → "); break;
                case W.FieldCode code: value.Append('{').Append(code.Text.Trim()).Append('}'); break;
                case W.FieldChar field when field.FieldCharType?.Value == W.FieldCharValues.Separate: value.Append('='); break;
            }
        }
        var text = value.ToString();
        var properties = run.RunProperties;
        if (properties?.VerticalTextAlignment?.Val?.Value == W.VerticalPositionValues.Superscript) text = "^" + text + "^";
        if (properties?.Italic is not null) text = "_" + text + "_";
        if (properties?.Bold is not null) text = "*" + text + "*";
        return text;
    }

    private static string PlainText(W.Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case W.Text t: text.Append(t.Text); break;
                case W.Break or W.TabChar: text.Append(' '); break;
            }
        }
        return text.ToString();
    }
}
