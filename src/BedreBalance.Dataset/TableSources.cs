using BedreBalance.Dataset.Workbooks;
using BedreBalance.Domain;

namespace BedreBalance.Dataset;

/// <summary>
/// Finds and reads each of the three tables from wherever the dataset keeps it: <c>tabelN.csv</c>,
/// <c>tabelN.xlsx</c> (its first visible worksheet), or a sheet named <c>tabelN</c> (also "Tabel N", any case
/// and spacing) of the one workbook <c>tabeller.xlsx</c>. A table given in two places is an error naming both,
/// and is not read: which of the two is meant only the user can tell.
/// </summary>
public static class TableSources
{
    public const string TablesWorkbook = "tabeller.xlsx";

    /// <summary>The table as a workbook of its own: tabel1.xlsx.</summary>
    public static string WorkbookFile(DatasetTable table) => table.Name + ".xlsx";

    /// <summary>Where a table was found: a file, and the sheet when it is a workbook.</summary>
    private sealed record Source(string File, WorksheetInfo? Sheet, Workbook? Workbook)
    {
        public override string ToString() =>
            Sheet is null ? File : Workbook?.FileName == TablesWorkbook ? $"{File} (sheet \"{Sheet.Name}\")" : File;
    }

    /// <summary>The three tables in order; a table is null when it is missing, given twice, or cannot be read.</summary>
    internal static IReadOnlyList<TableContent?> Read(IDatasetFolder folder, List<Diagnostic> diagnostics)
    {
        var workbooks = new List<Workbook>();
        try
        {
            var tablesWorkbook = folder.Exists(TablesWorkbook) ? Open(folder, TablesWorkbook, diagnostics, workbooks) : null;
            var tablesWorkbookBroken = folder.Exists(TablesWorkbook) && tablesWorkbook is null;
            var tables = new List<TableContent?>();
            foreach (var table in DatasetTable.All)
            {
                var sources = new List<Source>();
                if (folder.Exists(table.FileName))
                {
                    sources.Add(new Source(table.FileName, null, null));
                }
                if (folder.Exists(WorkbookFile(table)))
                {
                    sources.Add(new Source(WorkbookFile(table), null, null));
                }
                if (tablesWorkbook is not null)
                {
                    sources.AddRange(tablesWorkbook.Worksheets
                        .Where(sheet => NamesTable(sheet.Name, table))
                        .Select(sheet => new Source(TablesWorkbook, sheet, tablesWorkbook)));
                }
                tables.Add(sources.Count switch
                {
                    0 when tablesWorkbookBroken => null, // the workbook's own error says why
                    0 => Missing(folder, table, tablesWorkbook, diagnostics),
                    1 => ReadOne(folder, table, sources[0], diagnostics, workbooks),
                    _ => GivenTwice(table, sources, diagnostics),
                });
            }
            return tables;
        }
        finally
        {
            workbooks.ForEach(workbook => workbook.Dispose());
        }
    }

    /// <summary>The files of <paramref name="directory"/> that hold tables (tabel1.csv, tabel2.xlsx, tabeller.xlsx …), in that order.</summary>
    public static IReadOnlyList<string> FilesIn(string directory) =>
        DatasetTable.All.SelectMany(table => new[] { table.FileName, WorkbookFile(table) })
            .Append(TablesWorkbook)
            .Where(file => File.Exists(Path.Combine(directory, file)))
            .ToList();

    /// <summary>"tabel1", "Tabel 1", "TABEL1" and " tabel 1 " all name tabel1.</summary>
    private static bool NamesTable(string sheetName, DatasetTable table) =>
        string.Equals(string.Concat(sheetName.Where(c => !char.IsWhiteSpace(c))), table.Name, StringComparison.OrdinalIgnoreCase);

    private static TableContent? ReadOne(IDatasetFolder folder, DatasetTable table, Source source, List<Diagnostic> diagnostics, List<Workbook> workbooks)
    {
        if (source.File == table.FileName)
        {
            var text = folder.ReadText(table.FileName, diagnostics);
            return text is null ? null : CsvTable.Parse(text, table.FileName, table.FileColumns, diagnostics);
        }
        var workbook = source.Workbook ?? Open(folder, source.File, diagnostics, workbooks);
        if (workbook is null)
        {
            return null;
        }
        var sheet = source.Sheet ?? FirstWorksheet(workbook);
        if (sheet is null)
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(source.File), null, DatasetText.Get("NoWorksheet")));
            return null;
        }
        if (sheet.Hidden && source.Sheet is not null)
        {
            diagnostics.Add(Diagnostic.Warning(SourceLocation.InSheet(source.File, sheet.Name), null,
                DatasetText.Format("HiddenSheet", table.Name)));
        }
        return WorksheetTable.Read(workbook, sheet, table.FileColumns, diagnostics);
    }

    /// <summary>The sheet a user sees on opening: the first that is not hidden (a hidden first sheet is a helper, not the table).</summary>
    private static WorksheetInfo? FirstWorksheet(Workbook workbook) =>
        workbook.Worksheets.FirstOrDefault(sheet => !sheet.Hidden) ?? (workbook.Worksheets.Count > 0 ? workbook.Worksheets[0] : null);

    private static Workbook? Open(IDatasetFolder folder, string fileName, List<Diagnostic> diagnostics, List<Workbook> workbooks)
    {
        var bytes = folder.ReadBytes(fileName, WorkbookLimits.Default.MaxFileBytes, diagnostics);
        var workbook = bytes is null ? null : Workbook.Open(bytes, fileName, diagnostics);
        if (workbook is not null)
        {
            workbooks.Add(workbook);
        }
        return workbook;
    }

    private static TableContent? Missing(IDatasetFolder folder, DatasetTable table, Workbook? tablesWorkbook, List<Diagnostic> diagnostics)
    {
        var expected = Path.Combine(folder.Directory, table.FileName);
        var message = tablesWorkbook is null
            ? DatasetText.Format("FileMissing", expected, WorkbookFile(table), table.Name, TablesWorkbook)
            : DatasetText.Format("FileMissingNoSheet", expected, WorkbookFile(table), TablesWorkbook, table.Name,
                string.Join(", ", tablesWorkbook.Worksheets.Select(s => $"\"{s.Name}\"")));
        diagnostics.Add(Diagnostic.Error(new SourceLocation(table.FileName), null, message));
        return null;
    }

    private static TableContent? GivenTwice(DatasetTable table, List<Source> sources, List<Diagnostic> diagnostics)
    {
        var first = sources[0].Sheet is { } sheet ? SourceLocation.InSheet(sources[0].File, sheet.Name) : new SourceLocation(sources[0].File);
        diagnostics.Add(Diagnostic.Error(first, null,
            DatasetText.Format(sources.Count == 2 ? "TableGivenTwice" : "TableGivenMore", table.Name, sources.Count, string.Join(DatasetText.Get("AndIn"), sources))));
        return null;
    }
}
