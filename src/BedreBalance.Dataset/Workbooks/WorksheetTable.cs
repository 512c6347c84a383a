using BedreBalance.Domain;

namespace BedreBalance.Dataset.Workbooks;

/// <summary>A worksheet read as a dataset table: its first row the header, then one record a row, as a CSV file is read.</summary>
internal static class WorksheetTable
{
    public static TableContent? Read(Workbook workbook, WorksheetInfo sheet, IReadOnlyList<string> expectedColumns, List<Diagnostic> diagnostics)
    {
        var rows = workbook.ReadRows(sheet, diagnostics);
        if (rows is null)
        {
            return null;
        }
        var source = SourceLocation.InSheet(workbook.FileName, sheet.Name);
        var records = new List<TableRecord>(rows.Count);
        foreach (var row in rows)
        {
            var at = SourceLocation.InSheet(workbook.FileName, sheet.Name, row.Row) with { FieldColumns = expectedColumns };
            var fields = new string[row.Cells[^1].Column];
            Array.Fill(fields, "");
            var unreadable = false;
            foreach (var cell in row.Cells)
            {
                fields[cell.Column - 1] = cell.Text;
                if (cell.Problem is { } problem)
                {
                    // The list column goes on to the right: its cells all belong to it.
                    var field = expectedColumns[Math.Min(cell.Column, expectedColumns.Count) - 1];
                    diagnostics.Add(Diagnostic.Error(at.AtColumn(cell.Column), field, problem));
                    unreadable = true;
                }
            }
            records.Add(new TableRecord(at, fields, unreadable));
        }
        return TableContent.WithHeader(source, records, expectedColumns, ", ", diagnostics);
    }
}
