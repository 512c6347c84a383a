namespace BedreBalance.Conformance.Checks;

/// <summary>
/// Marked content nests properly with text objects and graphics states (ISO 32000-1, 14.6: a marked-content
/// sequence shall lie entirely within one text object or entirely outside; q/Q likewise bracket what they save).
/// A sequence such as "BT /P &lt;&lt;/MCID 0&gt;&gt; BDC … ET … EMC" is reported once, where the brackets cross.
/// </summary>
public sealed class MarkedContentNesting : IStructureCheck
{
    public string Name => "marked-content-nesting";

    private enum Kind { Text, State, Marked }

    private sealed record Open(Kind Kind, string Label, int Index);

    public IEnumerable<Violation> Check(TaggedPdf pdf)
    {
        foreach (var page in pdf.Pages)
        {
            var open = new List<Open>();
            for (var i = 0; i < page.Operations.Count; i++)
            {
                var operation = page.Operations[i];
                var where = $"page {page.Number}, operator {i + 1} ({operation.Operator})";
                switch (operation.Operator)
                {
                    case "BT":
                        open.Add(new Open(Kind.Text, "BT", i));
                        break;
                    case "q":
                        open.Add(new Open(Kind.State, "q", i));
                        break;
                    case "BMC" or "BDC":
                        var mcid = pdf.McidOf(page, operation);
                        open.Add(new Open(Kind.Marked, $"/{TaggedPdf.TagOf(operation)}{(mcid is { } m ? $" MCID {m}" : "")}", i));
                        break;
                    case "ET":
                        if (Close(open, Kind.Text) is { } text) yield return new Violation(where, text);
                        break;
                    case "Q":
                        if (Close(open, Kind.State) is { } state) yield return new Violation(where, state);
                        break;
                    case "EMC":
                        if (Close(open, Kind.Marked) is { } marked) yield return new Violation(where, marked);
                        break;
                }
            }
            foreach (var left in open)
            {
                yield return new Violation($"page {page.Number}, operator {left.Index + 1}", $"{left.Label} is never closed on the page");
            }
        }
    }

    /// <summary>Closes the innermost open bracket of <paramref name="kind"/>; says what it crosses, if anything.</summary>
    private static string? Close(List<Open> open, Kind kind)
    {
        var index = open.FindLastIndex(o => o.Kind == kind);
        if (index < 0)
        {
            return $"closes {Describe(kind)} that is not open";
        }
        var crossed = open.Skip(index + 1).ToList();
        var closed = open[index];
        open.RemoveAt(index);
        return crossed.Count == 0
            ? null
            : $"closes {closed.Label} (operator {closed.Index + 1}) while {string.Join(", ", crossed.Select(c => $"{c.Label} (operator {c.Index + 1})"))} opened inside it is still open";
    }

    private static string Describe(Kind kind) => kind switch
    {
        Kind.Text => "a text object (BT)",
        Kind.State => "a graphics state (q)",
        _ => "marked content (BMC/BDC)",
    };
}
