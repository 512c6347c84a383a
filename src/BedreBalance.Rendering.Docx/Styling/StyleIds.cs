namespace BedreBalance.Rendering.Docx.Styling;

/// <summary>
/// Style ids used in document.xml and defined in styles.xml. Built-in Word ids wherever Word has one,
/// so that a ministry template's own definitions take over when the letter is merged into it.
/// </summary>
internal static class StyleIds
{
    public const string Normal = "Normal";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Caption = "Caption";
    public const string Closing = "Closing";
    public const string Signature = "Signature";
    public const string Footer = "Footer";
    public const string TableNormal = "TableNormal";

    // Word has no built-in style for text in table cells, notes under a table or a caption's second line; these are ours.
    public const string TableText = "TableText";
    public const string TableNote = "TableNote";
    /// <summary>The line under "Tabel 1": a caption, but in regular type as the PDF sets it.</summary>
    public const string CaptionSubtitle = "CaptionSubtitle";
    public const string LetterTable = "LetterTable";

    /// <summary>
    /// The model's level 1 is the letter's title; level 2 labels the sections ("Spørgsmål", "Svar"). Both are real
    /// headings (outline levels 1 and 2), so Word's navigation pane and a tagged PDF export show them as H1 and H2;
    /// Word's Title style has no outline level and exports as a paragraph.
    /// </summary>
    public static string ForHeading(int level) => level switch
    {
        1 => Heading1,
        2 => Heading2,
        _ => throw new NotSupportedException($"Heading level {level} has no Word style; the letter uses levels 1 and 2."),
    };

    /// <summary>Maps a model paragraph style name to a style id defined in styles.xml.</summary>
    public static string ForParagraph(string modelStyle) => modelStyle switch
    {
        BedreBalance.Document.Styles.Normal => Normal,
        BedreBalance.Document.Styles.TableNote => TableNote,
        _ => throw new NotSupportedException($"Paragraph style '{modelStyle}' has no Word style in styles.xml."),
    };
}
