using PdfSharp.Pdf;

namespace BedreBalance.Rendering.Pdf.PdfSharpBackend;

/// <summary>
/// Leaves out the structure elements' optional "/Type /StructElem" (ISO 32000-1, table 323: "Type (Optional)").
/// A tagged table has one structure element per row and per cell, each an indirect object that PDF/A-1 may not
/// pack into an object stream; at 10.000 rows the 16 bytes of that key were 0.48 MB of a 3.55 MB file. Readers
/// find structure elements through the tree's /K and the parent tree, never by their type key; /S, which says
/// what each element is, stays.
/// </summary>
internal static class CompactStructure
{
    public static void DropTypeKeys(PdfDocument document)
    {
        foreach (var item in document.Internals.GetAllObjects())
        {
            if (item is PdfDictionary dictionary && dictionary.Elements.GetName("/Type") == "/StructElem")
            {
                dictionary.Elements.Remove("/Type");
            }
        }
    }
}
