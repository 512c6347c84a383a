namespace BedreBalance.Rendering.Docx;

/// <summary>Word measures page and table geometry in twentieths of a point (twips).</summary>
internal static class Units
{
    public static int Twips(double points) => (int)Math.Round(points * 20, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Splits <paramref name="total"/> twips in proportion to <paramref name="relativeWidths"/> so that the parts
    /// sum to exactly the total (largest remainder), keeping a table flush with the text column.
    /// </summary>
    public static int[] Distribute(int total, IReadOnlyList<double> relativeWidths)
    {
        if (relativeWidths.Count == 0 || relativeWidths.Any(w => !(w > 0)))
        {
            throw new ArgumentException("Column widths must be positive.", nameof(relativeWidths));
        }
        var sum = relativeWidths.Sum();
        var exact = relativeWidths.Select(w => total * w / sum).ToArray();
        var parts = exact.Select(e => (int)Math.Floor(e)).ToArray();
        var left = total - parts.Sum();
        // Ties go to the earlier column, so the result never depends on sort stability.
        foreach (var index in Enumerable.Range(0, parts.Length).OrderByDescending(i => exact[i] - parts[i]).ThenBy(i => i).Take(left))
        {
            parts[index]++;
        }
        return parts;
    }
}
