namespace BedreBalance.Conformance.Checks;

/// <summary>
/// Everything painted on a page belongs to the structure (inside marked content with an MCID) or is declared an
/// artifact (PDF/UA-1, 7.1; Matterhorn 01-005): no text, path, image or shading outside both.
/// </summary>
public sealed class ContentIsTaggedOrArtifact : IStructureCheck
{
    private static readonly HashSet<string> Painting =
        ["Tj", "TJ", "'", "\"", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "Do", "BI", "sh"];

    public string Name => "content-tagged-or-artifact";

    public IEnumerable<Violation> Check(TaggedPdf pdf)
    {
        foreach (var page in pdf.Pages)
        {
            // For each open marked-content sequence: whether it, or one around it, is tagged or an artifact.
            var covered = new Stack<bool>();
            for (var i = 0; i < page.Operations.Count; i++)
            {
                var operation = page.Operations[i];
                switch (operation.Operator)
                {
                    case "BMC" or "BDC":
                        var here = TaggedPdf.TagOf(operation) == "Artifact" || pdf.McidOf(page, operation) is not null;
                        covered.Push(here || (covered.Count > 0 && covered.Peek()));
                        break;
                    case "EMC":
                        if (covered.Count > 0) covered.Pop();
                        break;
                    default:
                        if (Painting.Contains(operation.Operator) && !(covered.Count > 0 && covered.Peek()))
                        {
                            yield return new Violation($"page {page.Number}, operator {i + 1} ({operation.Operator})",
                                "paints outside any tagged marked content and outside any artifact");
                        }
                        break;
                }
            }
        }
    }
}
