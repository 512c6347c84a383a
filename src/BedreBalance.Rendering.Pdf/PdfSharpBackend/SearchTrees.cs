namespace BedreBalance.Rendering.Pdf.PdfSharpBackend;

/// <summary>
/// Name and number trees (ISO 32000-1, 7.9.6 and 7.9.7) that stay within PDF 1.4's implementation limits, which
/// PDF/A-1 makes binding (ISO 19005-1, 6.1.12: at most 8.191 elements in an array). Entries that fit in one array
/// are written flat in the root; more are split into leaves of equal size under /Kids with /Limits, and the kids
/// into intermediate nodes while they are too many, so every array, at every level, holds at most the limit.
/// </summary>
internal static class SearchTrees
{
    /// <summary>
    /// One node of a planned tree, an indirect object of its own: a leaf holds entries [<see cref="Start"/>,
    /// <see cref="Start"/> + <see cref="Count"/>), any other node the nodes <see cref="Kids"/> (indexes into the plan).
    /// </summary>
    internal sealed record Node(int Number, int Start, int Count, IReadOnlyList<int>? Kids);

    /// <summary>
    /// The nodes of a tree of <paramref name="entries"/> entries, the root first, numbered from
    /// <paramref name="firstNumber"/> in plan order. Each node's entries are consecutive, and the leaves all lie at
    /// the same depth.
    /// </summary>
    public static IReadOnlyList<Node> Plan(int entries, int maximumArrayLength, int firstNumber)
    {
        // Each entry takes two elements (key, value); /Kids and /Limits need at least two.
        var perLeaf = maximumArrayLength / 2;
        if (perLeaf < 1) throw new ArgumentOutOfRangeException(nameof(maximumArrayLength), maximumArrayLength, "Too small for a name or number tree.");
        if (entries <= perLeaf) return [new Node(firstNumber, 0, entries, null)];

        // Built bottom-up, numbered top-down: the root is the tree's first object.
        var levels = new List<List<(int Start, int Count, List<int>? Kids)>>
        {
            EvenParts(entries, perLeaf).Select(part => (part.Start, part.Count, (List<int>?)null)).ToList(),
        };
        while (levels[^1].Count > maximumArrayLength)
        {
            var below = levels[^1];
            levels.Add(EvenParts(below.Count, maximumArrayLength)
                .Select(part => (below[part.Start].Start, below[part.Start + part.Count - 1].Start + below[part.Start + part.Count - 1].Count - below[part.Start].Start,
                    (List<int>?)Enumerable.Range(part.Start, part.Count).ToList()))
                .ToList());
        }
        levels.Add([(0, entries, Enumerable.Range(0, levels[^1].Count).ToList())]);
        levels.Reverse();

        var plan = new List<Node>();
        var firstOfLevel = new int[levels.Count];
        for (var depth = 0; depth < levels.Count; depth++)
        {
            // The kids of this level's nodes are the next level's, which begin after this level in the plan.
            firstOfLevel[depth] = plan.Count + levels[depth].Count;
            foreach (var (start, count, kids) in levels[depth])
            {
                plan.Add(new Node(firstNumber + plan.Count, start, count, kids?.Select(kid => firstOfLevel[depth] + kid).ToList()));
            }
        }
        return plan;
    }

    /// <summary>
    /// Writes the planned tree: every node as an object, the root without /Limits (ISO 32000-1, table 36), a leaf's
    /// entries under <paramref name="entriesKey"/> ("Names" or "Nums") as key and value written by the callbacks.
    /// </summary>
    public static void Write(
        PdfObjectWriter writer, IReadOnlyList<Node> plan, ReadOnlySpan<byte> entriesKey,
        Action<PdfObjectWriter, int> writeKey, Action<PdfObjectWriter, int> writeValue)
    {
        for (var index = 0; index < plan.Count; index++)
        {
            var node = plan[index];
            writer.BeginObject(node.Number).Raw("<<"u8);
            if (index > 0 && node.Count > 0)
            {
                writer.Raw("/Limits["u8);
                writeKey(writer, node.Start);
                writer.Raw(" "u8);
                writeKey(writer, node.Start + node.Count - 1);
                writer.Raw("]"u8);
            }
            if (node.Kids is { } kids)
            {
                writer.Raw("/Kids["u8);
                for (var k = 0; k < kids.Count; k++)
                {
                    if (k > 0) writer.Raw(" "u8);
                    writer.Reference(plan[kids[k]].Number);
                }
                writer.Raw("]"u8);
            }
            else
            {
                writer.Raw("/"u8).Raw(entriesKey).Raw("["u8);
                for (var i = node.Start; i < node.Start + node.Count; i++)
                {
                    if (i > node.Start) writer.Raw(" "u8);
                    writeKey(writer, i);
                    writer.Raw(" "u8);
                    writeValue(writer, i);
                }
                writer.Raw("]"u8);
            }
            writer.Raw(">>"u8).EndObject();
        }
    }

    /// <summary>[start, count) parts of at most <paramref name="maximum"/>, as few as possible and as equal as possible.</summary>
    internal static IEnumerable<(int Start, int Count)> EvenParts(int total, int maximum)
    {
        var parts = (total + maximum - 1) / maximum;
        var start = 0;
        for (var i = 0; i < parts; i++)
        {
            var count = total / parts + (i < total % parts ? 1 : 0);
            yield return (start, count);
            start += count;
        }
    }
}
