namespace BedreBalance.Rendering.Pdf.Layout;

/// <summary>A child of a <see cref="Column"/>: the element, the gap above it, and whether it must share a page with what follows.</summary>
internal sealed record ColumnItem(IElement Element, double SpaceBefore = 0, bool KeepWithNext = false);

/// <summary>
/// Stacks elements top to bottom and flows them across pages. The gap above an element is dropped
/// at the top of a page. An element marked <see cref="ColumnItem.KeepWithNext"/> (a heading, a label)
/// is only placed where the start of the following element fits too.
/// </summary>
internal sealed class Column(IReadOnlyList<ColumnItem> items) : IElement
{
    private int current;

    public bool IsComplete => current >= items.Count;

    private readonly record struct Step(int Index, double Top, double Height, SpaceKind Kind);

    public SpacePlan Measure(double width, double availableHeight)
    {
        var steps = Plan(width, availableHeight);
        if (steps.Count == 0) return IsComplete ? SpacePlan.Full(0) : SpacePlan.Wrap;
        var last = steps[^1];
        var height = last.Top + last.Height;
        var complete = last.Kind == SpaceKind.Full && last.Index == items.Count - 1;
        return complete ? SpacePlan.Full(height) : SpacePlan.Partial(height);
    }

    public void Draw(ICanvas canvas, double x, double y, double width, double availableHeight)
    {
        foreach (var step in Plan(width, availableHeight))
        {
            items[step.Index].Element.Draw(canvas, x, y + step.Top, width, availableHeight - step.Top);
            if (step.Kind == SpaceKind.Full) current = step.Index + 1;
        }
    }

    /// <summary>What goes on this page: every child that fits whole, then at most one that fits in part.</summary>
    private List<Step> Plan(double width, double availableHeight)
    {
        var steps = new List<Step>();
        double used = 0;
        for (var i = current; i < items.Count; i++)
        {
            var gap = GapAbove(i, used);
            var plan = items[i].Element.Measure(width, availableHeight - used - gap);
            if (plan.Kind == SpaceKind.Wrap) break;
            var atTop = steps.Count == 0;
            if (!atTop && plan.Kind == SpaceKind.Full && !FollowersFit(i, width, availableHeight - used - gap - plan.Height)) break;
            steps.Add(new Step(i, used + gap, plan.Height, plan.Kind));
            used += gap + plan.Height;
            if (plan.Kind == SpaceKind.Partial) break;
        }
        return steps;
    }

    private double GapAbove(int index, double used) => used == 0 ? 0 : items[index].SpaceBefore;

    /// <summary>Whether an element kept with the next one has the start of that one (and of its own followers) on the same page.</summary>
    private bool FollowersFit(int index, double width, double remaining)
    {
        if (!items[index].KeepWithNext || index + 1 >= items.Count) return true;
        var next = items[index + 1];
        var plan = next.Element.Measure(width, remaining - next.SpaceBefore);
        return plan.Kind switch
        {
            SpaceKind.Wrap => false,
            SpaceKind.Full => FollowersFit(index + 1, width, remaining - next.SpaceBefore - plan.Height),
            _ => true,
        };
    }
}
