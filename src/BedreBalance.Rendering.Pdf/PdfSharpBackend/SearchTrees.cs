using PdfSharp.Pdf;

namespace BedreBalance.Rendering.Pdf.PdfSharpBackend;

/// <summary>
/// Name and number trees (ISO 32000-1, 7.9.6 and 7.9.7) that stay within PDF 1.4's implementation limits, which
/// PDF/A-1 makes binding (ISO 19005-1, 6.1.12: at most 8.191 elements in an array). Entries that fit in one array
/// are written flat in the root, as before (the shipped letter's bytes do not change); more are split into leaves of
/// equal size under /Kids with /Limits, and the kids into intermediate nodes while they are too many, so every
/// array, at every level, holds at most the limit.
/// </summary>
internal static class SearchTrees
{
    /// <summary>
    /// Fills <paramref name="root"/> with <paramref name="entries"/>, which must be sorted by key, under
    /// <paramref name="entriesKey"/> ("/Names" or "/Nums") or, when they do not fit in one array, as a tree.
    /// </summary>
    public static void Write<TKey>(
        PdfDocument document, PdfDictionary root, string entriesKey, IReadOnlyList<(TKey Key, PdfItem Value)> entries,
        Func<TKey, PdfItem> keyItem, int maximumArrayLength)
    {
        // Each entry takes two elements (key, value); /Kids and /Limits need at least two.
        var perLeaf = maximumArrayLength / 2;
        if (perLeaf < 1) throw new ArgumentOutOfRangeException(nameof(maximumArrayLength), maximumArrayLength, "Too small for a name or number tree.");
        root.Elements.Remove("/Kids");
        root.Elements.Remove(entriesKey);
        if (entries.Count <= perLeaf)
        {
            root.Elements[entriesKey] = Entries(document, entries, 0, entries.Count, keyItem);
            return;
        }

        var level = new List<(PdfDictionary Node, TKey First, TKey Last)>();
        foreach (var (start, count) in EvenParts(entries.Count, perLeaf))
        {
            var leaf = Node(document, keyItem, entries[start].Key, entries[start + count - 1].Key);
            leaf.Elements[entriesKey] = Entries(document, entries, start, count, keyItem);
            level.Add((leaf, entries[start].Key, entries[start + count - 1].Key));
        }
        while (level.Count > maximumArrayLength)
        {
            var parents = new List<(PdfDictionary Node, TKey First, TKey Last)>();
            foreach (var (start, count) in EvenParts(level.Count, maximumArrayLength))
            {
                var first = level[start].First;
                var last = level[start + count - 1].Last;
                var parent = Node(document, keyItem, first, last);
                parent.Elements["/Kids"] = Kids(document, level, start, count);
                parents.Add((parent, first, last));
            }
            level = parents;
        }
        // The root has /Kids but no /Limits (ISO 32000-1, table 36).
        root.Elements["/Kids"] = Kids(document, level, 0, level.Count);
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

    private static PdfDictionary Node<TKey>(PdfDocument document, Func<TKey, PdfItem> keyItem, TKey first, TKey last)
    {
        // Kids are indirect references (ISO 32000-1, table 36), so every node below the root is an object of its own.
        var node = new PdfDictionary(document);
        document.Internals.AddObject(node);
        node.Elements["/Limits"] = new PdfArray(document, keyItem(first), keyItem(last));
        return node;
    }

    private static PdfArray Kids<TKey>(PdfDocument document, List<(PdfDictionary Node, TKey First, TKey Last)> nodes, int start, int count)
    {
        var kids = new PdfArray(document);
        for (var i = start; i < start + count; i++) kids.Elements.Add(nodes[i].Node.ReferenceNotNull);
        return kids;
    }

    private static PdfArray Entries<TKey>(PdfDocument document, IReadOnlyList<(TKey Key, PdfItem Value)> entries, int start, int count, Func<TKey, PdfItem> keyItem)
    {
        var array = new PdfArray(document);
        for (var i = start; i < start + count; i++)
        {
            array.Elements.Add(keyItem(entries[i].Key));
            array.Elements.Add(entries[i].Value);
        }
        return array;
    }
}
