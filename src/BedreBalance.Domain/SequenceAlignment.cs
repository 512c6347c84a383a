namespace BedreBalance.Domain;

/// <summary>
/// Lines up two sequences: equal items are matched along a longest common subsequence, and the unequal items
/// between two matches are paired in order, so that a sentence whose numbers changed meets its former self even
/// when a paragraph was added before it.
/// </summary>
public static class SequenceAlignment
{
    /// <summary>Index pairs in reading order; null where an item has no counterpart.</summary>
    public static IReadOnlyList<(int? Before, int? After)> Align<T>(IReadOnlyList<T> before, IReadOnlyList<T> after, IEqualityComparer<T>? comparer = null)
    {
        comparer ??= EqualityComparer<T>.Default;
        var common = new int[before.Count + 1, after.Count + 1];
        for (var i = before.Count - 1; i >= 0; i--)
        {
            for (var j = after.Count - 1; j >= 0; j--)
            {
                common[i, j] = comparer.Equals(before[i], after[j])
                    ? common[i + 1, j + 1] + 1
                    : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var pairs = new List<(int?, int?)>();
        var gapBefore = new List<int>();
        var gapAfter = new List<int>();
        void CloseGap()
        {
            for (var k = 0; k < Math.Max(gapBefore.Count, gapAfter.Count); k++)
            {
                pairs.Add((k < gapBefore.Count ? gapBefore[k] : null, k < gapAfter.Count ? gapAfter[k] : null));
            }
            gapBefore.Clear();
            gapAfter.Clear();
        }

        int a = 0, b = 0;
        while (a < before.Count || b < after.Count)
        {
            if (a < before.Count && b < after.Count && comparer.Equals(before[a], after[b]))
            {
                CloseGap();
                pairs.Add((a++, b++));
            }
            else if (b < after.Count && (a == before.Count || common[a, b + 1] >= common[a + 1, b]))
            {
                gapAfter.Add(b++);
            }
            else
            {
                gapBefore.Add(a++);
            }
        }
        CloseGap();
        return pairs;
    }
}
