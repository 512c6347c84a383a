namespace BedreBalance.Rendering.Pdf.Layout;

/// <summary>Empty vertical space (the room for a handwritten signature).</summary>
internal sealed class VerticalSpace(double height) : IElement
{
    public bool IsComplete { get; private set; }

    public SpacePlan Measure(double width, double availableHeight) =>
        availableHeight + LayoutTolerance.Epsilon >= height ? SpacePlan.Full(height) : SpacePlan.Wrap;

    public void Draw(ICanvas canvas, double x, double y, double width, double availableHeight) => IsComplete = true;
}
