using System.Text.RegularExpressions;
using BedreBalance.Domain;

namespace BedreBalance.Dataset;

/// <summary>brev.md's shape: each table placed once with its columns, one title, one closing, totals computed.</summary>
internal static partial class LetterStructureChecks
{
    /// <summary>A placeholder such as {{tabel1.i-alt}}.</summary>
    [GeneratedRegex(@"\{\{[^{}]*\}\}")]
    internal static partial Regex Placeholder();

    public static void Check(LetterTemplate letter, List<Diagnostic> diagnostics)
    {
        var file = new SourceLocation(DatasetFiles.LetterText);
        foreach (var datasetTable in DatasetTable.All)
        {
            var name = datasetTable.Name;
            var placed = letter.Parts.OfType<TablePart>().Where(t => t.Table == datasetTable).ToList();
            if (placed.Count == 0)
            {
                diagnostics.Add(Diagnostic.Error(file, null, DatasetText.Format("TableNotPlaced", name)));
            }
            foreach (var duplicate in placed.Skip(1))
            {
                diagnostics.Add(Diagnostic.Error(duplicate.Source, null, DatasetText.Format("TablePlacedTwice", name, placed[0].Source.Line)));
            }
            var expectedColumns = datasetTable.PrintedColumns.Count;
            foreach (var table in placed.Where(t => t.Columns.Count != expectedColumns))
            {
                diagnostics.Add(Diagnostic.Error(table.Source, null,
                    DatasetText.Format("TableColumns", name, expectedColumns, string.Join(", ", datasetTable.PrintedColumns), table.Columns.Count)));
            }
            foreach (var table in placed.Where(t => t.TotalRow is not null && !datasetTable.HasTotal))
            {
                diagnostics.Add(Diagnostic.Error(table.Source, null, DatasetText.Format("TableHasNoTotal", name)));
            }
            foreach (var table in placed)
            {
                CheckTotalRowIsComputed(table, diagnostics);
            }
        }
        var titles = letter.Parts.OfType<HeadingPart>().Count(h => h.Level == 1);
        if (titles != 1)
        {
            diagnostics.Add(Diagnostic.Error(file, null, DatasetText.Format("OneTitle", titles)));
        }
        var signatures = letter.Parts.OfType<SignaturePart>().Count();
        if (signatures != 1)
        {
            diagnostics.Add(Diagnostic.Error(file, null, DatasetText.Format("OneSignature", LetterBodyReader.SignatureBlock, signatures)));
        }
    }

    /// <summary>
    /// A total typed into the table's total row ("| I alt | 2872 |") would be printed as typed even when the rows
    /// change; only the placeholder is the computed sum.
    /// </summary>
    private static void CheckTotalRowIsComputed(TablePart table, List<Diagnostic> diagnostics)
    {
        foreach (var cell in table.TotalRow ?? [])
        {
            var typed = Placeholder().Replace(cell.PlainText, "");
            if (typed.Any(char.IsAsciiDigit))
            {
                diagnostics.Add(Diagnostic.Error(cell.Source, table.Table.Name,
                    DatasetText.Format("TypedTotal", cell.PlainText.Trim(), table.Table.Name)));
            }
        }
    }
}
