namespace BedreBalance.Rendering.Pdf.Layout;

/// <summary>
/// Draws its content as tagged content the first time and as one artifact every later time, without its structure:
/// a table's caption and header repeated on a continuation page are layout, and a screen reader must meet them once.
/// (QuestPDF's MarkRepeatedContentAsArtifact does the same for repeated headers.) The artifact is of
/// <paramref name="kind"/>; artifacts and bookmarks inside the content are dropped with its structure.
/// </summary>
internal sealed class RepeatedContentAsArtifact(IElement content, ArtifactKind kind = ArtifactKind.PageHeader) : IElement
{
    private bool drawnBefore;

    public bool IsComplete => content.IsComplete;

    public SpacePlan Measure(double width, double availableHeight) => content.Measure(width, availableHeight);

    public void Draw(ICanvas canvas, double x, double y, double width, double availableHeight)
    {
        if (!drawnBefore)
        {
            drawnBefore = true;
            content.Draw(canvas, x, y, width, availableHeight);
            return;
        }
        canvas.BeginArtifact(kind);
        content.Draw(new WithoutStructure(canvas), x, y, width, availableHeight);
        canvas.EndArtifact();
    }

    /// <summary>Passes drawing through and drops structure elements, bookmarks and inner artifacts: the artifact around holds it all.</summary>
    private sealed class WithoutStructure(ICanvas inner) : ICanvas
    {
        public void BeginPage(int pageNumber) => inner.BeginPage(pageNumber);

        public void DrawText(string text, FontSpec font, double x, double baselineY) => inner.DrawText(text, font, x, baselineY);

        public void DrawHorizontalRule(double x1, double x2, double y, double thickness) => inner.DrawHorizontalRule(x1, x2, y, thickness);

        public void BeginStructure(StructureTag tag, StructureAttributes? attributes = null)
        {
        }

        public void EndStructure()
        {
        }

        // Replacement text is for readers, and readers skip artifacts.
        public void BeginActualText(string text)
        {
        }

        public void EndActualText()
        {
        }

        public void BeginArtifact(ArtifactKind kind)
        {
        }

        public void EndArtifact()
        {
        }

        public void AddBookmark(string title, int level, double y)
        {
        }
    }
}
