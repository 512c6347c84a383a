namespace BedreBalance.Rendering.Pdf.Layout;

/// <summary>A bookmark (outline entry) for an element: its title and its nesting level.</summary>
internal sealed record Bookmark(string Title, int Level);

/// <summary>
/// Wraps an element in a structure element (P, H1, Note, …) that stays open while the element spans pages;
/// with a <see cref="Bookmark"/>, the element's first line is a bookmark's destination.
/// </summary>
internal sealed class Tagged(StructureTag tag, IElement content, StructureAttributes? attributes = null, Bookmark? bookmark = null) : IElement
{
    private bool begun;

    public bool IsComplete => content.IsComplete;

    public SpacePlan Measure(double width, double availableHeight) => content.Measure(width, availableHeight);

    public void Draw(ICanvas canvas, double x, double y, double width, double availableHeight)
    {
        if (!begun)
        {
            canvas.BeginStructure(tag, attributes);
            if (bookmark is not null) canvas.AddBookmark(bookmark.Title, bookmark.Level, y);
            begun = true;
        }
        content.Draw(canvas, x, y, width, availableHeight);
        if (content.IsComplete) canvas.EndStructure();
    }
}
