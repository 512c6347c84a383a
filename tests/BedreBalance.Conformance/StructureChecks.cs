using BedreBalance.Conformance.Checks;

namespace BedreBalance.Conformance;

/// <summary>
/// Every check the conformance command runs, in the order they print. To add a rule (PDF/UA: table headers and
/// scopes, note elements, typed pagination artifacts, bookmarks…), write an <see cref="IStructureCheck"/> under
/// Checks/ and add it here; <see cref="TaggedPdf"/> gives the pages' operators, the structure tree and the catalog.
/// </summary>
public static class StructureChecks
{
    public static IReadOnlyList<IStructureCheck> All { get; } =
    [
        new MarkedContentNesting(),
        new ContentIsTaggedOrArtifact(),
        new MarkedContentInParentTree(),
        new XmpIdentifiesPdfA(),
        new ImplementationLimits(),
        new PdfUaStructure(),
    ];
}
