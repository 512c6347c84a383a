namespace BedreBalance.Rendering.Pdf.Layout;

/// <summary>Wraps an element in a structure element (P, H1, Table, …) that stays open while the element spans pages.</summary>
internal sealed class Tagged(StructureTag tag, IElement content) : IElement
{
    private bool begun;

    public bool IsComplete => content.IsComplete;

    public SpacePlan Measure(double width, double availableHeight) => content.Measure(width, availableHeight);

    public void Draw(ICanvas canvas, double x, double y, double width, double availableHeight)
    {
        if (!begun)
        {
            canvas.BeginStructure(tag);
            begun = true;
        }
        content.Draw(canvas, x, y, width, availableHeight);
        if (content.IsComplete) canvas.EndStructure();
    }
}
