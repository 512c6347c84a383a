namespace BedreBalance.Domain;

/// <summary>Levenshtein distance, ignoring case: how far a misspelt name is from a known one, for "did you mean".</summary>
public static class EditDistance
{
    public static int Between(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    /// <summary>The candidates within a third of the name's length (at least <paramref name="minimumReach"/>), nearest first.</summary>
    public static IReadOnlyList<string> Nearest(string name, IEnumerable<string> candidates, int count, int minimumReach = 3)
    {
        var reach = Math.Max(minimumReach, name.Length / 3);
        // The lengths' difference is the least the distance can be: a candidate too short or long is skipped without
        // the quadratic comparison, so a very long value costs nothing.
        return candidates
            .Where(candidate => Math.Abs(candidate.Length - name.Length) <= reach)
            .Select(candidate => (candidate, distance: Between(name, candidate)))
            .Where(pair => pair.distance <= reach)
            .OrderBy(pair => pair.distance)
            .ThenBy(pair => pair.candidate, StringComparer.Ordinal)
            .Take(count)
            .Select(pair => pair.candidate)
            .ToList();
    }
}
