namespace BedreBalance.Domain;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>
/// Where a value came from: a dataset file (as the user names it) and a 1-based line, if known. In a workbook,
/// <see cref="Sheet"/> names the worksheet, <see cref="Line"/> is the sheet's row and <see cref="Column"/> (1-based)
/// its column, if known; printed as Excel writes a reference, so it can be pasted into Excel's Name Box.
/// </summary>
public sealed record SourceLocation(string File, int? Line = null)
{
    public string? Sheet { get; init; }

    public int? Column { get; init; }

    /// <summary>
    /// The names of a workbook row's columns, in order, so that a problem with a named field points at its cell
    /// (<see cref="Diagnostic.Error"/>); null for text files, whose locations stay file:line.
    /// </summary>
    public IReadOnlyList<string>? FieldColumns { get; init; }

    /// <summary>The location in a workbook sheet: a cell (column given) or a whole row.</summary>
    public static SourceLocation InSheet(string file, string sheet, int? row = null, int? column = null) =>
        new(file, row) { Sheet = sheet, Column = column };

    /// <summary>The same row, at one column; a CSV location has no columns and stays as it is.</summary>
    public SourceLocation AtColumn(int column) => Sheet is null ? this : this with { Column = column };

    /// <summary>The cell of <paramref name="field"/> in this workbook row; this location when it has no such column.</summary>
    public SourceLocation AtField(string? field)
    {
        if (Column is not null || field is null || FieldColumns is null)
        {
            return this;
        }
        for (var i = 0; i < FieldColumns.Count; i++)
        {
            if (FieldColumns[i] == field) return AtColumn(i + 1);
        }
        return this;
    }

    /// <summary>"tabel1!B12", "'Tabel 1'!12:12" (a row), "tabel1" (the sheet); null outside workbooks.</summary>
    public string? Reference => Sheet is null ? null : CellReference.Of(Sheet, Line, Column);

    /// <summary>"tabel1.csv:12", "tabel1.xlsx:tabel1!B12": the shape compilers use, so editors can jump to it.</summary>
    public override string ToString() =>
        Reference is { } reference ? $"{File}:{reference}" : Line is { } line ? $"{File}:{line}" : File;
}

/// <summary>Excel's A1 references: column letters, and sheet names quoted where Excel quotes them.</summary>
public static class CellReference
{
    public static string Of(string sheet, int? row, int? column)
    {
        var name = QuotedSheetName(sheet);
        return (row, column) switch
        {
            ({ } r, { } c) => $"{name}!{ColumnName(c)}{r}",
            ({ } r, null) => $"{name}!{r}:{r}",
            _ => name,
        };
    }

    /// <summary>1 → A, 26 → Z, 27 → AA, 16384 → XFD.</summary>
    public static string ColumnName(int column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        var name = "";
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + (n - 1) % 26) + name;
        }
        return name;
    }

    /// <summary>Excel quotes a sheet name in a reference unless it is letters, digits and underscores not starting with a digit.</summary>
    private static string QuotedSheetName(string sheet)
    {
        var plain = sheet.Length > 0 && !char.IsAsciiDigit(sheet[0]) && sheet.All(c => char.IsLetterOrDigit(c) || c == '_');
        return plain ? sheet : "'" + sheet.Replace("'", "''", StringComparison.Ordinal) + "'";
    }
}

/// <summary>
/// One problem found in a dataset, said so that the person who edits the data can fix it:
/// which file, which line, which field, and in plain Danish-context English what is wrong.
/// </summary>
public sealed record Diagnostic(Severity Severity, string File, int? Line, string? Field, string Message)
{
    /// <summary>The message as printed: values it quotes from the data are shortened and made visible (see <see cref="DiagnosticText"/>).</summary>
    public string Message { get; init => field = DiagnosticText.Tidy(value); } = DiagnosticText.Tidy(Message);

    public string? Field { get; init => field = value is null ? null : DiagnosticText.Tidy(value); } = Field is null ? null : DiagnosticText.Tidy(Field);

    /// <summary>The worksheet, when the problem is in a workbook; then <see cref="Line"/> is its row.</summary>
    public string? Sheet { get; init; }

    /// <summary>The 1-based column in a worksheet, when the problem is in one cell.</summary>
    public int? Column { get; init; }

    /// <summary>An error at <paramref name="at"/>; in a workbook row, at the cell of <paramref name="field"/>.</summary>
    public static Diagnostic Error(SourceLocation at, string? field, string message) => At(Severity.Error, at.AtField(field), field, message);

    public static Diagnostic Warning(SourceLocation at, string? field, string message) => At(Severity.Warning, at.AtField(field), field, message);

    private static Diagnostic At(Severity severity, SourceLocation at, string? field, string message) =>
        new(severity, at.File, at.Line, field, message) { Sheet = at.Sheet, Column = at.Column };

    public SourceLocation Location => new(File, Line) { Sheet = Sheet, Column = Column };

    public bool IsError => Severity == Severity.Error;

    /// <summary>"tabel1.csv:12: error: Arbejdspladser: ...", "tabel1.xlsx:tabel1!C12: error: ..." — the shape compilers use, so editors can jump to it.</summary>
    public override string ToString()
    {
        var kind = Severity == Severity.Error ? "error" : "warning";
        var field = Field is null ? "" : $"{Field}: ";
        return $"{Location}: {kind}: {field}{Message}";
    }
}
