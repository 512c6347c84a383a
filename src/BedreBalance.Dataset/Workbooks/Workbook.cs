using System.Xml;
using BedreBalance.Domain;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BedreBalance.Dataset.Workbooks;

/// <summary>A worksheet of a workbook, in tab order; chart sheets are not worksheets and are not listed.</summary>
internal sealed record WorksheetInfo(string Name, bool Hidden, string PartId);

/// <summary>
/// A cell's content as text: what Danish Excel would write for it when saving as CSV (numbers with a decimal
/// comma and no thousands separator, SAND/FALSK), so that a table reads the same from a workbook as from its CSV.
/// <see cref="Problem"/> says why a cell has no usable value (a formula never calculated, an error value, a date).
/// </summary>
internal sealed record WorkbookCell(int Column, string Text, string? Problem = null);

/// <summary>A row that has content: its 1-based number in the sheet and its non-empty cells by column.</summary>
internal sealed record WorkbookRow(int Row, IReadOnlyList<WorkbookCell> Cells);

/// <summary>
/// An .xlsx workbook opened for reading tables from it, with the Open XML SDK (which the Word renderer already
/// uses): its worksheets, and each worksheet's rows of cell values with their addresses. The zip is checked
/// against <see cref="WorkbookLimits"/> first and the SDK caps the characters of each part.
/// </summary>
internal sealed class Workbook : IDisposable
{
    private readonly SpreadsheetDocument document;
    private readonly List<string> sharedStrings;
    private readonly CellStyles styles;

    private Workbook(string fileName, SpreadsheetDocument document, IReadOnlyList<WorksheetInfo> worksheets, List<string> sharedStrings, CellStyles styles)
    {
        FileName = fileName;
        this.document = document;
        Worksheets = worksheets;
        this.sharedStrings = sharedStrings;
        this.styles = styles;
    }

    /// <summary>The file as the user names it, for diagnostics.</summary>
    public string FileName { get; }

    public IReadOnlyList<WorksheetInfo> Worksheets { get; }

    /// <summary>Opens <paramref name="bytes"/>; null, with a diagnostic on the file, when it is not a workbook that can be read.</summary>
    public static Workbook? Open(byte[] bytes, string fileName, List<Diagnostic> diagnostics, WorkbookLimits? limits = null)
    {
        limits ??= WorkbookLimits.Default;
        var at = new SourceLocation(fileName);
        if (bytes.Length > limits.MaxFileBytes)
        {
            diagnostics.Add(Diagnostic.Error(at, null, DatasetText.Format("WorkbookTooLarge", limits.MaxFileBytes / (1024 * 1024))));
            return null;
        }
        if (WorkbookArchive.Check(bytes, limits) is { } problem)
        {
            diagnostics.Add(Diagnostic.Error(at, null, problem));
            return null;
        }
        SpreadsheetDocument? document = null;
        try
        {
            var settings = new OpenSettings { MaxCharactersInPart = limits.MaxEntryBytes };
            document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), isEditable: false, settings);
            var workbookPart = document.WorkbookPart ?? throw new InvalidDataException("no workbook part");
            var worksheets = (workbookPart.Workbook?.Sheets?.Elements<Sheet>() ?? [])
                .Where(sheet => sheet.Id?.Value is { } id && workbookPart.TryGetPartById(id, out var part) && part is WorksheetPart)
                .Select(sheet => new WorksheetInfo(sheet.Name?.Value ?? "", sheet.State?.Value is { } state && state != SheetStateValues.Visible, sheet.Id!.Value!))
                .ToList();
            var date1904 = workbookPart.Workbook?.WorkbookProperties?.Date1904?.Value ?? false;
            var workbook = new Workbook(fileName, document, worksheets, ReadSharedStrings(workbookPart), CellStyles.Of(workbookPart, date1904));
            document = null;
            return workbook;
        }
        catch (Exception e) when (IsDamage(e))
        {
            diagnostics.Add(Diagnostic.Error(at, null, WorkbookArchive.NotAWorkbook));
            return null;
        }
        finally
        {
            document?.Dispose();
        }
    }

    /// <summary>
    /// The rows of <paramref name="sheet"/> that have content, in order. Empty cells (also formatted ones past the
    /// data) and empty rows are left out. Null, with a diagnostic, when the sheet's XML is damaged.
    /// </summary>
    public IReadOnlyList<WorkbookRow>? ReadRows(WorksheetInfo sheet, List<Diagnostic> diagnostics)
    {
        var rows = new List<WorkbookRow>();
        try
        {
            var part = (WorksheetPart)document.WorkbookPart!.GetPartById(sheet.PartId);
            using var reader = OpenXmlReader.Create(part);
            var previousRow = 0;
            while (reader.Read())
            {
                if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
                {
                    continue;
                }
                var row = (Row)reader.LoadCurrentElement()!;
                // The row number may be left out; then it is the one after the previous row.
                var number = row.RowIndex?.Value is { } index ? checked((int)index) : previousRow + 1;
                if (number <= previousRow || number > MaxRows)
                {
                    throw new InvalidDataException($"row {number} out of order");
                }
                previousRow = number;
                var cells = ReadCells(row);
                if (cells.Count > 0)
                {
                    rows.Add(new WorkbookRow(number, cells));
                }
            }
            return rows;
        }
        catch (Exception e) when (IsDamage(e))
        {
            diagnostics.Add(Diagnostic.Error(SourceLocation.InSheet(FileName, sheet.Name), null, WorkbookArchive.NotAWorkbook));
            return null;
        }
    }

    public void Dispose() => document.Dispose();

    private const int MaxRows = 1_048_576;  // Excel's limits
    private const int MaxColumns = 16_384;

    private List<WorkbookCell> ReadCells(Row row)
    {
        var cells = new List<WorkbookCell>();
        var previousColumn = 0;
        foreach (var cell in row.Elements<Cell>())
        {
            var column = cell.CellReference?.Value is { } reference ? ColumnOf(reference) : previousColumn + 1;
            if (column <= previousColumn || column > MaxColumns)
            {
                throw new InvalidDataException($"cell {cell.CellReference?.Value} out of order");
            }
            previousColumn = column;
            var value = Value(cell, column);
            if (value.Problem is not null || value.Text.Length > 0)
            {
                cells.Add(value);
            }
        }
        return cells;
    }

    private WorkbookCell Value(Cell cell, int column)
    {
        var type = cell.DataType?.Value ?? CellValues.Number;
        var cached = cell.CellValue?.Text;
        if (type == CellValues.InlineString)
        {
            return new WorkbookCell(column, cell.InlineString is { } inline ? RichText(inline) : "");
        }
        if (cached is null)
        {
            return cell.CellFormula is not null
                ? new WorkbookCell(column, "", DatasetText.Get("FormulaWithoutValue"))
                : new WorkbookCell(column, "");
        }
        if (type == CellValues.SharedString)
        {
            return int.TryParse(cached, out var index) && index >= 0 && index < sharedStrings.Count
                ? new WorkbookCell(column, sharedStrings[index])
                : throw new InvalidDataException("shared string index");
        }
        if (type == CellValues.String)
        {
            return new WorkbookCell(column, ExcelText.Unescape(cached));
        }
        if (type == CellValues.Boolean)
        {
            return new WorkbookCell(column, cached.Trim() == "1" ? "SAND" : "FALSK");
        }
        if (type == CellValues.Error)
        {
            return new WorkbookCell(column, "", DatasetText.Format("CellError", cached));
        }
        if (type == CellValues.Date)
        {
            return new WorkbookCell(column, "", DateProblem(cached));
        }
        if (!double.TryParse(cached, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            throw new InvalidDataException("number");
        }
        if (styles.IsDate(cell.StyleIndex?.Value ?? 0))
        {
            return new WorkbookCell(column, "", DateProblem(styles.DateText(number)));
        }
        return new WorkbookCell(column, ExcelText.Number(number));
    }

    /// <summary>None of the tables has a date column: a date is what Excel made of something typed, such as "1.2" or "1-2".</summary>
    private static string DateProblem(string date) =>
        DatasetText.Format("CellDate", date);

    private static List<string> ReadSharedStrings(WorkbookPart workbookPart)
    {
        var strings = new List<string>();
        if (workbookPart.SharedStringTablePart is not { } part)
        {
            return strings;
        }
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                strings.Add(RichText(reader.LoadCurrentElement()!));
            }
        }
        return strings;
    }

    /// <summary>The text of a string item: its plain text or its runs of formatted text, without the phonetic guides.</summary>
    private static string RichText(OpenXmlElement item)
    {
        var text = new System.Text.StringBuilder();
        foreach (var child in item.ChildElements)
        {
            switch (child)
            {
                case Text plain:
                    text.Append(plain.Text);
                    break;
                case Run run:
                    text.Append(run.Text?.Text);
                    break;
            }
        }
        return ExcelText.Unescape(text.ToString());
    }

    /// <summary>"B12" → 2: the letters of a cell reference as a 1-based column number.</summary>
    internal static int ColumnOf(string reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = checked(column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1));
            if (column > MaxColumns) break;
        }
        if (i == 0 || i == reference.Length || reference.AsSpan(i).ContainsAnyExceptInRange('0', '9'))
        {
            throw new InvalidDataException($"cell reference {reference}");
        }
        return column;
    }

    private static bool IsDamage(Exception e) =>
        e is OpenXmlPackageException or InvalidDataException or IOException or FormatException or XmlException
            or InvalidOperationException or ArgumentException or NotSupportedException or OverflowException or KeyNotFoundException;
}
