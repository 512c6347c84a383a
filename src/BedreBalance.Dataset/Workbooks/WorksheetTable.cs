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
        TableRecord? header = null;
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
                if ((cell.Problem ?? ControlCharacterProblem(cell.Text)) is { } problem)
                {
                    // The list column goes on to the right: its cells all belong to it.
                    var field = expectedColumns[Math.Min(cell.Column, expectedColumns.Count) - 1];
                    diagnostics.Add(Diagnostic.Error(at.AtColumn(cell.Column), field, problem));
                    unreadable = true;
                }
            }
            var record = new TableRecord(at, fields, unreadable);
            if (header is null) header = record;
            else records.Add(record);
        }
        return TableContent.WithHeader(source, header, records, expectedColumns, ", ", diagnostics);
    }

    /// <summary>
    /// A line break (Alt+Enter in Excel) or another control character in a cell: the letter prints each value on one
    /// line, and a CSV file could not hold it unquoted, so it is refused as the CSV reader refuses it.
    /// </summary>
    private static string? ControlCharacterProblem(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var loneSurrogate = char.IsHighSurrogate(c) ? i + 1 == text.Length || !char.IsLowSurrogate(text[++i]) : char.IsLowSurrogate(c);
            if ((char.IsControl(c) && c != '\t') || c is '\uFFFE' or '\uFFFF' || loneSurrogate)
            {
                return c is '\n' or '\r'
                    ? DatasetText.Get("CellLineBreak")
                    : DatasetText.Format("CellControlCharacter", ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return null;
    }
}
