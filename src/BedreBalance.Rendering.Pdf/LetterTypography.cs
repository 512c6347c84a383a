using BedreBalance.Rendering.Pdf.Layout;

namespace BedreBalance.Rendering.Pdf;

/// <summary>
/// The look of a Danish ministry letter, in points: Times-metric serif, 11 pt body with generous
/// leading, a bold 14 pt title, bold labels, tables in 10 pt with light rules, notes in 8.5 pt.
/// </summary>
internal sealed record LetterTypography
{
    public static LetterTypography Default { get; } = new();

    public double BodySize { get; init; } = 11;
    public double BodyLineHeight { get; init; } = 15.5;
    public double TitleSize { get; init; } = 14;
    public double TitleLineHeight { get; init; } = 18;
    public double TableSize { get; init; } = 10;
    public double TableLineHeight { get; init; } = 12.5;
    public double NoteSize { get; init; } = 8.5;
    public double NoteLineHeight { get; init; } = 10.5;
    public double PageNumberSize { get; init; } = 9;

    /// <summary>Blank space between paragraphs: one empty line, as in the published letter.</summary>
    public double ParagraphGap { get; init; } = 11;
    public double GapBeforeLabel { get; init; } = 20;
    public double GapAfterLabel { get; init; } = 4;
    public double GapAroundTable { get; init; } = 22;
    public double GapBeforeSignature { get; init; } = 26;
    /// <summary>Room for the handwritten signature between the closing and the name.</summary>
    public double SignatureSpace { get; init; } = 40;

    public TableStyle Table { get; init; } = new(
        CellPaddingVertical: 2.5,
        CellPaddingHorizontal: 6,
        GroupSpace: 8,
        CaptionGap: 6,
        NotesGap: 5,
        RuleThickness: 0.4,
        FrameRuleThickness: 0.8);

    public FontSpec Body => new(FontFace.Regular, BodySize);
    public FontSpec Title => new(FontFace.Bold, TitleSize);
    public FontSpec Label => new(FontFace.Bold, BodySize);
    public FontSpec TableText => new(FontFace.Regular, TableSize);
    public FontSpec Note => new(FontFace.Regular, NoteSize);
    public FontSpec PageNumber => new(FontFace.Regular, PageNumberSize);
}
