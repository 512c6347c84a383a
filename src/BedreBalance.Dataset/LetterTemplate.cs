using BedreBalance.Document;
using BedreBalance.Domain;

namespace BedreBalance.Dataset;

[Flags]
public enum TextEmphasis
{
    None = 0,
    Bold = 1,
    Italic = 2,
}

/// <summary>
/// A piece of the letter's text with one emphasis; may hold placeholders such as {{tabel1.i-alt}}.
/// <see cref="Source"/> is where it starts; a '\n' in <see cref="Text"/> is a line break of the file (read as a space).
/// </summary>
public sealed record TemplateSpan(string Text, TextEmphasis Emphasis, SourceLocation Source);

/// <summary>A line or paragraph of the letter's text, before placeholders are filled in.</summary>
public sealed record TemplateText(IReadOnlyList<TemplateSpan> Spans, SourceLocation Source)
{
    public static TemplateText Plain(string text, SourceLocation source) => new([new TemplateSpan(text, TextEmphasis.None, source)], source);

    public string PlainText => string.Concat(Spans.Select(s => s.Text));
}

public abstract record LetterPart(SourceLocation Source);

/// <summary>Level 1: the letter's title; level 2: a label such as "Spørgsmål".</summary>
public sealed record HeadingPart(int Level, TemplateText Text, SourceLocation Source) : LetterPart(Source);

public sealed record ParagraphPart(TemplateText Text, SourceLocation Source) : LetterPart(Source);

/// <summary>A table column as the letter's text describes it: header, share of the width, alignment.</summary>
public sealed record TableColumnText(TemplateText Header, double RelativeWidth, ColumnAlignment Alignment);

/// <summary>
/// Where one of the dataset's tables goes, with the words around it: label ("Tabel 1"), subtitle, column
/// headers, the total row's cells (if the table has one) and the notes below it.
/// </summary>
public sealed record TablePart(
    DatasetTable Table,
    TemplateText Label,
    TemplateText Subtitle,
    IReadOnlyList<TableColumnText> Columns,
    IReadOnlyList<TemplateText>? TotalRow,
    IReadOnlyList<TemplateText> Notes,
    SourceLocation Source) : LetterPart(Source);

public sealed record SignaturePart(TemplateText Closing, TemplateText Name, TemplateText Title, SourceLocation Source) : LetterPart(Source);

/// <summary>A figure from the plans or the status that the tables do not hold (e.g. "ca. 3.900"), named so the text can use it.</summary>
public sealed record NamedFigure(string Name, int Value, SourceLocation Source);

/// <summary>
/// A place where the published letter deviates from the official register and is reproduced as printed anyway
/// (Vesthimmerlands Kommune under Region Midtjylland). Recorded so that the check says so instead of failing,
/// while the same mistake in new data is still an error.
/// </summary>
public sealed record AcknowledgedDeviation(string Municipality, string Region, SourceLocation Source);

/// <summary>The letter's fixed facts, from the front matter of brev.md.</summary>
public sealed record LetterFields(
    DateOnly Date,
    string Status,
    string Minister,
    string MinisterTitle,
    string Subject,
    string Language,
    IReadOnlyList<NamedFigure> Figures,
    IReadOnlyList<AcknowledgedDeviation> Deviations)
{
    /// <summary>The margins <c>side:</c> gives (for a letterhead), or null: the page as it is.</summary>
    public PageMargins? Margins { get; init; }
}

/// <summary>The letter's words and their order, with slots for the tables: brev.md, parsed.</summary>
public sealed record LetterTemplate(LetterFields Fields, IReadOnlyList<LetterPart> Parts);
