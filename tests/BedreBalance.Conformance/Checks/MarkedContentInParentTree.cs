using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace BedreBalance.Conformance.Checks;

/// <summary>
/// Every marked-content sequence with an MCID belongs to exactly one structure element, and the page's parent-tree
/// entry (/StructParents → /ParentTree) names that same element at that MCID: assistive technology finds an element
/// from its content through the parent tree (ISO 32000-1, 14.7.4.4; Matterhorn 01-004, 06-003).
/// </summary>
public sealed class MarkedContentInParentTree : IStructureCheck
{
    public string Name => "mcid-parent-tree";

    public IEnumerable<Violation> Check(TaggedPdf pdf)
    {
        if (pdf.StructTreeRoot is null)
        {
            yield return new Violation("catalog", "no /StructTreeRoot: the file is not tagged");
            yield break;
        }

        var owners = new Dictionary<(IndirectReference? Page, int Mcid), List<StructureElement>>();
        foreach (var element in pdf.Elements)
        {
            foreach (var key in pdf.MarkedContentOf(element))
            {
                if (!owners.TryGetValue(key, out var list)) owners[key] = list = [];
                list.Add(element);
            }
        }

        var parentTree = pdf.ParentTree();
        var usedKeys = new HashSet<int>();
        var inContent = new HashSet<(IndirectReference? Page, int Mcid)>();
        foreach (var page in pdf.Pages)
        {
            var mcids = new List<int>();
            for (var i = 0; i < page.Operations.Count; i++)
            {
                if (pdf.McidOf(page, page.Operations[i]) is not { } mcid) continue;
                if (mcids.Contains(mcid)) yield return new Violation($"page {page.Number}, operator {i + 1}", $"MCID {mcid} is used a second time on the page");
                mcids.Add(mcid);
                inContent.Add((page.Reference, mcid));
            }
            if (mcids.Count == 0) continue;

            var key = pdf.Get<NumericToken>(page.Dictionary, "StructParents");
            ArrayToken? entry = null;
            if (key is null)
            {
                yield return new Violation($"page {page.Number}", "has marked content with MCIDs but no /StructParents");
            }
            else if (!usedKeys.Add(key.Int))
            {
                yield return new Violation($"page {page.Number}", $"/StructParents {key.Int} is shared with another page");
            }
            else if ((entry = parentTree.TryGetValue(key.Int, out var value) ? pdf.Resolve(value) as ArrayToken : null) is null)
            {
                yield return new Violation($"page {page.Number}", $"the parent tree has no array for /StructParents {key.Int}");
            }

            foreach (var mcid in mcids.Distinct())
            {
                var owning = owners.GetValueOrDefault((page.Reference, mcid)) ?? [];
                if (owning.Count == 0)
                {
                    yield return new Violation($"page {page.Number}, MCID {mcid}", "no structure element holds this marked content");
                    continue;
                }
                if (owning.Count > 1)
                {
                    yield return new Violation($"page {page.Number}, MCID {mcid}", $"held by {owning.Count} structure elements: {string.Join(", ", owning)}");
                }
                if (entry is null) continue;
                var named = mcid < entry.Length ? entry[mcid] as IndirectReferenceToken : null;
                if (named is null || owning[0].Reference is not { } owner || !named.Data.Equals(owner))
                {
                    yield return new Violation($"page {page.Number}, MCID {mcid}",
                        $"the parent tree names {(named is null ? "nothing" : $"{named.Data.ObjectNumber} {named.Data.Generation} R")}, but {owning[0]} holds it");
                }
            }
            if (entry is not null)
            {
                for (var index = 0; index < entry.Length; index++)
                {
                    if (entry[index] is not NullToken && !mcids.Contains(index))
                    {
                        yield return new Violation($"page {page.Number}", $"the parent tree has an element for MCID {index}, which the page does not use");
                    }
                }
            }
        }

        foreach (var ((page, mcid), elements) in owners)
        {
            if (!inContent.Contains((page, mcid)))
            {
                var pageName = page is { } p ? $"object {p.ObjectNumber}" : "no page (/Pg missing)";
                yield return new Violation(elements[0].ToString(), $"holds MCID {mcid} on {pageName}, which no page's content has");
            }
        }
    }
}
