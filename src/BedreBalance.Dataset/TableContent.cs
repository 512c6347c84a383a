using BedreBalance.Domain;

namespace BedreBalance.Dataset;

/// <summary>
/// One record of a table, from a CSV line or a worksheet row: its fields as text and where it stands.
/// <see cref="HasUnreadableCells"/> is set when a workbook cell had no usable value (already reported), so that the
/// readers skip the row instead of reporting the same cell again as empty.
/// </summary>
internal sealed record TableRecord(SourceLocation Location, IReadOnlyList<string> Fields, bool HasUnreadableCells = false)
{
    /// <summary>The CSV line or worksheet row.</summary>
    public int Line => Location.Line ?? 0;

    public string Field(int index) => index < Fields.Count ? Fields[index].Trim() : "";

    /// <summary>Where field <paramref name="index"/> (0-based) stands: its cell in a worksheet, the line in a CSV file.</summary>
    public SourceLocation At(int index) => Location.AtColumn(index + 1);
}

/// <summary>
/// A dataset table as read from its source, a CSV file or a worksheet: header checked against the columns the
/// format expects, records with their locations. <see cref="Source"/> is the file (and sheet) the table came from.
/// </summary>
internal sealed record TableContent(SourceLocation Source, IReadOnlyList<string> Header, IReadOnlyList<TableRecord> Records)
{
    /// <summary>The file as the user names it (for a worksheet, its workbook).</summary>
    public string FileName => Source.File;

    /// <summary>Whether a diagnostic is about this table's file (and sheet).</summary>
    public bool Contains(Diagnostic diagnostic) => diagnostic.File == Source.File && diagnostic.Sheet == Source.Sheet;

    /// <summary>
    /// Checks that the first record, the header, starts with <paramref name="expectedColumns"/> in order (the last
    /// expected column may continue into further unnamed columns: a list of values); the table of
    /// <paramref name="rows"/> (the records after the header, kept as they are, not copied), or null after reporting
    /// each wrong column. <paramref name="separator"/> joins the columns in the message ("the header must be").
    /// </summary>
    /// <param name="header">The first record; null when the source has none.</param>
    public static TableContent? WithHeader(SourceLocation source, TableRecord? header, IReadOnlyList<TableRecord> rows, IReadOnlyList<string> expectedColumns, string separator, List<Diagnostic> diagnostics)
    {
        if (header is null)
        {
            diagnostics.Add(Diagnostic.Error(source with { Line = source.Sheet is null ? 1 : null }, null,
                source.Sheet is null ? DatasetText.Get("NoHeaderLine") : DatasetText.Format("EmptySheet", string.Join(separator, expectedColumns))));
            return null;
        }
        var columns = header.Fields.Select(f => f.Trim()).ToList();
        var headerOk = true;
        for (var i = 0; i < expectedColumns.Count; i++)
        {
            var actual = i < columns.Count ? columns[i] : "";
            if (!string.Equals(actual, expectedColumns[i], StringComparison.OrdinalIgnoreCase))
            {
                var found = actual.Length == 0 ? DatasetText.Get("Nothing") : $"\"{actual}\"";
                diagnostics.Add(Diagnostic.Error(header.At(i), expectedColumns[i],
                    DatasetText.Format("WrongHeaderColumn", i + 1, expectedColumns[i], found, string.Join(separator, expectedColumns))));
                headerOk = false;
            }
        }
        return headerOk ? new TableContent(source, columns, rows) : null;
    }
}
