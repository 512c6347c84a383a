namespace BedreBalance.Rendering.Pdf.Layout;

/// <summary>
/// Keeps an element on one page (the signature): it moves whole to the next page rather than split,
/// unless it is taller than a whole page.
/// </summary>
internal sealed class KeepTogether(IElement content, double pageHeight) : IElement
{
    public bool IsComplete => content.IsComplete;

    public SpacePlan Measure(double width, double availableHeight)
    {
        var plan = content.Measure(width, availableHeight);
        if (plan.Kind != SpaceKind.Partial) return plan;
        var whole = content.Measure(width, double.PositiveInfinity);
        return whole.Height > pageHeight + LayoutTolerance.Epsilon ? plan : SpacePlan.Wrap;
    }

    public void Draw(ICanvas canvas, double x, double y, double width, double availableHeight) =>
        content.Draw(canvas, x, y, width, availableHeight);
}
