using BedreBalance.Rendering.Docx.Styling;
using Model = BedreBalance.Document;

namespace BedreBalance.Rendering.Docx.Body;

/// <summary>
/// The body of document.xml, in two steps. <see cref="Plan"/> turns the model's blocks, in their order, into a short
/// list of paragraphs and tables with the spacing between them settled, and refuses what Word cannot show (an unknown
/// style, a row of the wrong width) before a byte is written. <see cref="WriteTo"/> then writes it straight into the
/// part's stream, a table row by row from the model: nothing the size of the body is built, so memory does not grow
/// with the rows beyond the model itself.
/// </summary>
internal sealed class BodyWriter
{
    private readonly IReadOnlyList<BodyItem> items;
    private readonly SectionProperties section;

    private BodyWriter(IReadOnlyList<BodyItem> items, SectionProperties section)
    {
        this.items = items;
        this.section = section;
    }

    /// <param name="section">The section's properties, the body's last element.</param>
    public static BodyWriter Plan(Model.LetterDocument document, PageLayout layout, SectionProperties section)
    {
        var items = new List<BodyItem>();
        Model.Block? previous = null;
        foreach (var block in document.Blocks)
        {
            var planned = Block(block, layout);
            if (BlockSpacing.Before(block, previous) is { } before && planned is [ParagraphItem first, ..])
            {
                planned[0] = first with { Format = first.Format with { SpaceBeforeTwips = before } };
            }
            if (block is Model.Table && BlockSpacing.AfterParagraphBeforeTable(previous) is { } after)
            {
                if (items is [.., ParagraphItem last]) items[^1] = last with { Format = last.Format with { SpaceAfterTwips = after } };
                else if (items is [.., TableItem]) items.Add(BlockSpacing.Spacer());
            }
            items.AddRange(planned);
            previous = block;
        }
        // Word requires the body to end in a paragraph; a letter that ends in a table gets an empty one, as in Word.
        if (items is [.., TableItem])
        {
            items.Add(new ParagraphItem(new ParagraphFormat(StyleIds.Normal), []));
        }
        return new BodyWriter(items, section);
    }

    /// <summary>Writes <c>w:body</c>, its blocks and the section's properties.</summary>
    public void WriteTo(WordXml xml)
    {
        xml.Start("body");
        foreach (var item in items)
        {
            switch (item)
            {
                case ParagraphItem paragraph:
                    paragraph.WriteTo(xml);
                    break;
                case TableItem table:
                    TableWriter.Write(xml, table);
                    break;
            }
        }
        section.WriteTo(xml);
        xml.End();
    }

    private static List<BodyItem> Block(Model.Block block, PageLayout layout) => block switch
    {
        Model.Heading heading => [new ParagraphItem(new ParagraphFormat(StyleIds.ForHeading(heading.Level)), [new Inline.Runs(heading.Runs)])],
        Model.Paragraph paragraph => [new ParagraphItem(new ParagraphFormat(StyleIds.ForParagraph(paragraph.Style)), [new Inline.Runs(paragraph.Runs)])],
        Model.Signature signature => Signature(signature),
        Model.Table table => TableWriter.Plan(table, layout.TextWidth),
        _ => throw new NotSupportedException($"No Word rendering for block type {block.GetType().Name}."),
    };

    /// <summary>
    /// The Closing style keeps the greeting with what follows and leaves room to sign below it; name and title
    /// share one Signature paragraph, split by a line break, so they cannot part.
    /// </summary>
    private static List<BodyItem> Signature(Model.Signature signature) =>
    [
        new ParagraphItem(new ParagraphFormat(StyleIds.Closing), [new Inline.Plain(signature.Closing)]),
        new ParagraphItem(new ParagraphFormat(StyleIds.Signature), [new Inline.Plain(signature.Name), new Inline.Break(), new Inline.Plain(signature.Title)]),
    ];
}

/// <summary>A block of the body: a paragraph, or a table whose rows are written from the model.</summary>
internal abstract record BodyItem;

internal sealed record ParagraphItem(ParagraphFormat Format, IReadOnlyList<Inline> Content) : BodyItem
{
    public void WriteTo(WordXml xml)
    {
        xml.Start("p");
        Format.Write(xml);
        foreach (var inline in Content)
        {
            switch (inline)
            {
                case Inline.Runs runs:
                    RunWriter.Runs(xml, runs.Items);
                    break;
                case Inline.Plain plain:
                    RunWriter.PlainRun(xml, plain.Text);
                    break;
                case Inline.Break:
                    RunWriter.Break(xml);
                    break;
            }
        }
        xml.End();
    }
}

/// <param name="Widths">The columns' widths in twips, summing to the text column's width.</param>
internal sealed record TableItem(Model.Table Table, int[] Widths) : BodyItem;

/// <summary>What a body paragraph holds: the model's runs (empty ones left out), a run of plain text, a line break.</summary>
internal abstract record Inline
{
    public sealed record Runs(IReadOnlyList<Model.Run> Items) : Inline;

    public sealed record Plain(string Text) : Inline;

    public sealed record Break : Inline;
}
