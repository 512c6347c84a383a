using BedreBalance.Rendering.Docx.Styling;
using DocumentFormat.OpenXml;
using Model = BedreBalance.Document;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace BedreBalance.Rendering.Docx.Body;

/// <summary>Turns the model's blocks, in their order, into the body of document.xml.</summary>
internal static class BodyWriter
{
    public static W.Body Write(Model.LetterDocument document, PageLayout layout, W.SectionProperties section)
    {
        var body = new W.Body();
        Model.Block? previous = null;
        foreach (var block in document.Blocks)
        {
            var elements = Block(block, layout).ToList();
            if (BlockSpacing.Before(block, previous) is { } before && elements.FirstOrDefault() is W.Paragraph first)
            {
                BlockSpacing.SetBefore(first, before);
            }
            if (block is Model.Table && BlockSpacing.AfterParagraphBeforeTable(previous) is { } after)
            {
                if (body.LastChild is W.Paragraph last) BlockSpacing.SetAfter(last, after);
                else if (body.LastChild is W.Table) body.Append(BlockSpacing.Spacer());
            }
            body.Append(elements);
            previous = block;
        }
        // Word requires the body to end in a paragraph; a letter that ends in a table gets an empty one, as in Word.
        if (body.LastChild is W.Table)
        {
            body.Append(Paragraphs.Styled(StyleIds.Normal, []));
        }
        body.Append(section);
        return body;
    }

    private static IEnumerable<OpenXmlElement> Block(Model.Block block, PageLayout layout) => block switch
    {
        Model.Heading heading => [Paragraphs.Styled(StyleIds.ForHeading(heading.Level), RunWriter.Runs(heading.Runs))],
        Model.Paragraph paragraph => [Paragraphs.Styled(StyleIds.ForParagraph(paragraph.Style), RunWriter.Runs(paragraph.Runs))],
        Model.Signature signature => Signature(signature),
        Model.Table table => TableWriter.Write(table, layout.TextWidth),
        _ => throw new NotSupportedException($"No Word rendering for block type {block.GetType().Name}."),
    };

    /// <summary>
    /// The Closing style keeps the greeting with what follows and leaves room to sign below it; name and title
    /// share one Signature paragraph, split by a line break, so they cannot part.
    /// </summary>
    private static IEnumerable<OpenXmlElement> Signature(Model.Signature signature) =>
    [
        Paragraphs.Styled(StyleIds.Closing, [RunWriter.PlainRun(signature.Closing)]),
        Paragraphs.Styled(StyleIds.Signature, [RunWriter.PlainRun(signature.Name), new W.Run(new W.Break()), RunWriter.PlainRun(signature.Title)]),
    ];
}
