namespace BedreBalance.Rendering.Pdf.Layout;

/// <summary>
/// Draws its content as tagged content the first time and as one artifact every later time, without its structure:
/// a table's caption and header repeated on a continuation page are layout, and a screen reader must meet them once.
/// (QuestPDF's MarkRepeatedContentAsArtifact does the same for repeated headers.)
/// </summary>
internal sealed class RepeatedContentAsArtifact(IElement content) : IElement
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
        canvas.BeginArtifact();
        content.Draw(new WithoutStructure(canvas), x, y, width, availableHeight);
        canvas.EndArtifact();
    }

    /// <summary>Passes drawing through and drops structure elements: an artifact holds none.</summary>
    private sealed class WithoutStructure(ICanvas inner) : ICanvas
    {
        public void BeginPage(int pageNumber) => inner.BeginPage(pageNumber);

        public void DrawText(string text, FontSpec font, double x, double baselineY) => inner.DrawText(text, font, x, baselineY);

        public void DrawHorizontalRule(double x1, double x2, double y, double thickness) => inner.DrawHorizontalRule(x1, x2, y, thickness);

        public void BeginStructure(StructureTag tag)
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

        public void BeginArtifact() => inner.BeginArtifact();

        public void EndArtifact() => inner.EndArtifact();
    }
}
