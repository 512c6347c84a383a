using PdfSharp.Pdf;

namespace BedreBalance.Rendering.Pdf.PdfSharpBackend;

/// <summary>
/// Keeps PDFsharp's tagging linear in the number of pages. For every marked-content sequence it opens, PDFsharp 6.2.4
/// finds the current page's entry in the structure parent tree by scanning the tree's whole /Nums array, which holds
/// an entry for every page drawn so far: pages × tagged items, a third of the time of a 10.000-row table. While a page
/// is drawn, only its own entry is left in the array; the earlier pages' entries wait here and are put back, in their
/// order, before the document is saved, so the saved file is the same byte for byte.
/// </summary>
internal sealed class ParentTreeWindow(PdfDocument document)
{
    private readonly List<PdfItem> earlierPages = [];

    /// <summary>Call before a new page gets its first marked content.</summary>
    public void SetAsideEarlierPages()
    {
        var nums = Nums();
        if (nums is null) return;
        for (var i = 0; i < nums.Elements.Count; i++)
        {
            earlierPages.Add(nums.Elements[i]);
        }
        nums.Elements.Clear();
    }

    /// <summary>Call once drawing is done: the parent tree holds every page's entry again, in page order.</summary>
    public void Restore()
    {
        var nums = Nums();
        if (nums is null || earlierPages.Count == 0) return;
        var lastPage = new List<PdfItem>();
        for (var i = 0; i < nums.Elements.Count; i++)
        {
            lastPage.Add(nums.Elements[i]);
        }
        nums.Elements.Clear();
        foreach (var item in earlierPages.Concat(lastPage))
        {
            nums.Elements.Add(item);
        }
        earlierPages.Clear();
    }

    private PdfArray? Nums() =>
        document.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot")
            ?.Elements.GetDictionary("/ParentTree")
            ?.Elements.GetArray("/Nums");
}
