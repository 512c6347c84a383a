namespace BedreBalance.Conformance.Checks;

/// <summary>
/// PDF/UA-1 as far as a program can tell (<see cref="PdfStructure"/>): the XMP's pdfuaid identification and its
/// extension schema; standard structure types only; tables with their Caption, rows of TH/TD, every TH scoped, every
/// /Headers id naming a TH, no empty row, no THead/TBody/TFoot; notes with ids; typed artifacts (pagination for
/// text); bookmarks that are the headings and tables in reading order; every MCID reached once from the tree.
/// </summary>
public sealed class PdfUaStructure : IStructureCheck
{
    public string Name => "pdf-ua";

    public IEnumerable<Violation> Check(TaggedPdf pdf) =>
        PdfStructure.Read(pdf.Bytes).Problems.Select(problem => new Violation("document", problem));
}
