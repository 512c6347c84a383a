using BedreBalance.Rendering.Docx.Styling;
using Model = BedreBalance.Document;

namespace BedreBalance.Rendering.Docx.Body;

/// <summary>
/// The space between blocks, as the PDF sets it (LetterTypography: 11 pt between paragraphs, 20 pt before and 4 pt
/// after a heading, 22 pt around a table, 26 pt before the closing), so that Word and LibreOffice break pages where the
/// PDF does. Word (ISO/IEC 29500-1 §17.3.1.33, unless <c>w:doNotUseHTMLParagraphAutoSpacing</c>) and LibreOffice put
/// the larger of a paragraph's space after and the next one's space before between two paragraphs, not their sum;
/// styles.xml gives every pair of paragraphs its gap that way. A table has no spacing of its own: the paragraph before
/// it gives the gap above it (its space after), the paragraph after it the gap below it (its space before).
/// </summary>
internal static class BlockSpacing
{
    /// <summary>Above a heading: Heading2's space before.</summary>
    public const int BeforeHeadingTwips = 400;

    /// <summary>Around a table.</summary>
    public const int AroundTableTwips = 440;

    /// <summary>Between a table's bottom rule and its first note (the PDF's NotesGap).</summary>
    public const int BeforeNotesTwips = 100;

    /// <summary>
    /// The direct space before the first paragraph of <paramref name="block"/>, or null when its style already gives
    /// the PDF's gap after <paramref name="previous"/>. After a table, whatever its last paragraph (a row, a note),
    /// a heading's 20 pt and anything else's 22 pt.
    /// </summary>
    public static int? Before(Model.Block block, Model.Block? previous) => (block, previous) switch
    {
        (Model.Heading, Model.Table) => BeforeHeadingTwips,
        (_, Model.Table) => AroundTableTwips,
        _ => null,
    };

    /// <summary>
    /// The space after the paragraph that comes before a table, or null to leave it: a heading keeps its 4 pt, as in
    /// the PDF; anything else gets the 22 pt around a table.
    /// </summary>
    public static int? AfterParagraphBeforeTable(Model.Block? previous) => previous switch
    {
        null or Model.Heading => null,
        _ => AroundTableTwips,
    };

    /// <summary>
    /// Two tables in a row need a paragraph between them, or Word joins them into one: an empty one exactly the 22 pt
    /// the PDF leaves between them.
    /// </summary>
    public static ParagraphItem Spacer() =>
        new(new ParagraphFormat(StyleIds.Normal, SpaceBeforeTwips: 0, SpaceAfterTwips: 0, ExactLineTwips: AroundTableTwips), []);
}
