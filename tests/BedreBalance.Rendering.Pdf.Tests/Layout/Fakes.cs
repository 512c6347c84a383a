using System.Globalization;
using BedreBalance.Document;
using BedreBalance.Rendering.Pdf.Layout;

namespace BedreBalance.Rendering.Pdf.Tests.Layout;

/// <summary>A monospaced measurer: every character is half the font size wide, so widths are easy to reason about.</summary>
internal sealed class FakeTextMeasurer : ITextMeasurer
{
    public double Width(string text, FontSpec font) => text.Length * font.Size / 2;

    public FontMetrics Metrics(FontSpec font) => new(font.Size * 0.8, font.Size * 0.2);
}

/// <summary>A canvas that records what was drawn, page by page, and checks that tagging is well nested.</summary>
internal sealed class RecordingCanvas : ICanvas
{
    private readonly Stack<string> open = new();

    public List<RecordedPage> Pages { get; } = [];

    /// <summary>Every structure element begun, in order: the tag tree flattened, with its depth.</summary>
    public List<(int Depth, StructureTag Tag)> Structure { get; } = [];

    /// <summary>The attributes of each element in <see cref="Structure"/>, in the same order.</summary>
    public List<StructureAttributes?> Attributes { get; } = [];

    /// <summary>Every artifact begun, in order, with the page it is on.</summary>
    public List<(int Page, ArtifactKind Kind)> Artifacts { get; } = [];

    public List<(string Title, int Level, int Page, double Y)> Bookmarks { get; } = [];

    private RecordedPage Page => Pages.Count > 0 ? Pages[^1] : throw new InvalidOperationException("Drawing before the first page.");

    public void BeginPage(int pageNumber) => Pages.Add(new RecordedPage(pageNumber));

    public void DrawText(string text, FontSpec font, double x, double baselineY)
    {
        if (open.Count == 0) throw new InvalidOperationException($"Text \"{text}\" drawn outside any structure element or artifact.");
        Page.Texts.Add(new RecordedText(text, font, x, baselineY, open.Contains("Artifact")));
    }

    public void DrawHorizontalRule(double x1, double x2, double y, double thickness)
    {
        if (!open.Contains("Artifact")) throw new InvalidOperationException("A rule drawn outside an artifact.");
        Page.Rules.Add((x1, x2, y));
    }

    public void BeginStructure(StructureTag tag, StructureAttributes? attributes = null)
    {
        if (open.Contains("Artifact")) throw new InvalidOperationException($"{tag} begun inside an artifact.");
        Structure.Add((open.Count, tag));
        Attributes.Add(attributes);
        open.Push(tag.ToString());
    }

    public void EndStructure()
    {
        if (open.Count == 0 || open.Peek() == "Artifact") throw new InvalidOperationException("EndStructure without a matching BeginStructure.");
        open.Pop();
    }

    public void BeginActualText(string text)
    {
        if (open.Count == 0 || open.Contains("Artifact")) throw new InvalidOperationException($"ActualText \"{text}\" outside a structure element.");
        open.Push("Span");
        Page.ActualTexts.Add(text);
    }

    public void EndActualText()
    {
        if (open.Count == 0 || open.Peek() != "Span") throw new InvalidOperationException("EndActualText without a matching BeginActualText.");
        open.Pop();
    }

    public void BeginArtifact(ArtifactKind kind)
    {
        Artifacts.Add((Page.Number, kind));
        open.Push("Artifact");
    }

    public void AddBookmark(string title, int level, double y) => Bookmarks.Add((title, level, Page.Number, y));

    public void EndArtifact()
    {
        if (open.Count == 0 || open.Peek() != "Artifact") throw new InvalidOperationException("EndArtifact without a matching BeginArtifact.");
        open.Pop();
    }

    public bool AllClosed => open.Count == 0;
}

internal sealed record RecordedText(string Text, FontSpec Font, double X, double BaselineY, bool IsArtifact)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{BaselineY:0.#} {X:0.#} {(IsArtifact ? "[artifact] " : "")}{Text}");
}

internal sealed record RecordedPage(int Number)
{
    public List<RecordedText> Texts { get; } = [];

    public List<(double X1, double X2, double Y)> Rules { get; } = [];

    /// <summary>The /ActualText of every span begun on this page.</summary>
    public List<string> ActualTexts { get; } = [];

    /// <summary>The page's content text (artifacts left out), one entry per drawn string.</summary>
    public List<string> ContentTexts => Texts.Where(t => !t.IsArtifact).Select(t => t.Text.Trim()).ToList();
}

/// <summary>Builds layout elements with the fake measurer.</summary>
internal static class Build
{
    public static readonly FakeTextMeasurer Measurer = new();
    public static readonly LineBreaker LineBreaker = new(Measurer);
    public static readonly FontSpec Regular = new(FontFace.Regular, 10);
    public static readonly FontSpec Bold = new(FontFace.Bold, 10);

    public static TextBlock Text(string text, double lineHeight = 10, FontSpec? font = null, TextAlignment alignment = TextAlignment.Left) =>
        new([new StyledText(text, font ?? Regular)], lineHeight, LineBreaker, Measurer, alignment);

    public static TextBlock Cell(string text, TextAlignment alignment = TextAlignment.Left) =>
        new([new StyledText(text, Regular)], 10, LineBreaker, Measurer, alignment, controlOrphansAndWidows: false);

    public static IElement Paragraph(string text, double lineHeight = 10) => new Tagged(StructureTag.Paragraph, Text(text, lineHeight));

    /// <summary>Lays the element out with the renderer's own page loop on margin-less pages of the given size.</summary>
    public static RecordingCanvas LayOut(IElement root, double width, double pageHeight)
    {
        var canvas = new RecordingCanvas();
        PageComposer.Compose(root, new PageGeometry(width, pageHeight, 0, 0, 0, 0), canvas, Measurer, Regular);
        return canvas;
    }
}
