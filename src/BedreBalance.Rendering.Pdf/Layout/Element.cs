namespace BedreBalance.Rendering.Pdf.Layout;

internal enum SpaceKind
{
    /// <summary>Nothing of the element fits; it must move to the next page.</summary>
    Wrap,
    /// <summary>A part fits; the rest continues on the next page.</summary>
    Partial,
    /// <summary>All that remains of the element fits.</summary>
    Full,
}

/// <summary>The answer to "how much of you fits in this space?".</summary>
internal readonly record struct SpacePlan(SpaceKind Kind, double Height)
{
    public static SpacePlan Wrap { get; } = new(SpaceKind.Wrap, 0);

    public static SpacePlan Partial(double height) => new(SpaceKind.Partial, height);

    public static SpacePlan Full(double height) => new(SpaceKind.Full, height);
}

/// <summary>
/// A piece of layout that first measures itself against the space left on the page, then draws.
/// Measuring does not advance the element: it may cache work (a text block keeps its lines broken for a width),
/// but measuring again at the same width gives the same answer. Drawing draws exactly what the preceding measure promised and
/// advances the element past it, so an element that spans pages is drawn once per page.
/// </summary>
internal interface IElement
{
    bool IsComplete { get; }

    SpacePlan Measure(double width, double availableHeight);

    void Draw(ICanvas canvas, double x, double y, double width, double availableHeight);
}

/// <summary>Small tolerance so that a line that fits exactly is not pushed over by rounding.</summary>
internal static class LayoutTolerance
{
    public const double Epsilon = 0.001;
}
