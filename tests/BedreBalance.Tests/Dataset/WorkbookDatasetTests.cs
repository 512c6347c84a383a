using BedreBalance.Cli;
using BedreBalance.Dataset;
using BedreBalance.Letter;
using BedreBalance.Tests.Validation;
using Xunit;
using static BedreBalance.TestSupport.RawWorkbook;

namespace BedreBalance.Tests.Dataset;

/// <summary>A dataset whose tables are Excel workbooks: the same letter as from CSV, the same checks, cells named in diagnostics.</summary>
public class WorkbookDatasetTests
{
    private static readonly string[] TableFiles = ["tabel1.csv", "tabel2.csv", "tabel3.csv"];

    private static string Fixture(params string[] parts) => RepositoryPaths.InRoot(["tests", "data", "workbooks", .. parts]);

    /// <summary>data/spm-346's brev.md with the given workbooks instead of the CSV files.</summary>
    private static string WorkbookDataset(TemporaryFolder folder, params string[] workbooks)
    {
        var dataset = folder.Combine("spm-346");
        Directory.CreateDirectory(dataset);
        File.Copy(Path.Combine(RepositoryPaths.Spm346Dataset, "brev.md"), Path.Combine(dataset, "brev.md"));
        foreach (var workbook in workbooks)
        {
            File.Copy(workbook, Path.Combine(dataset, Path.GetFileName(workbook)));
        }
        return dataset;
    }

    private static IEnumerable<(string Extension, byte[] Bytes)> Documents(string dataset)
    {
        var composition = LetterComposer.ComposeFromDirectory(dataset);
        Assert.True(composition.Document is not null, string.Join("\n", composition.Diagnostics));
        return Generator.Renderers(OutputFormat.All).Select(renderer =>
        {
            using var buffer = new MemoryStream();
            renderer.Render(composition.Document, buffer);
            return (renderer.Extension, buffer.ToArray());
        }).ToList();
    }

    [Theory]
    [InlineData("separate")]
    [InlineData("tabeller")]
    public void Workbooks_LibreOffice_saved_give_byte_identical_documents_to_the_csv_files(string kind)
    {
        using var folder = new TemporaryFolder();
        var workbooks = kind == "separate"
            ? new[] { Fixture("separate", "tabel1.xlsx"), Fixture("separate", "tabel2.xlsx"), Fixture("separate", "tabel3.xlsx") }
            : [Fixture("tabeller", "tabeller.xlsx")];
        var fromCsv = Documents(RepositoryPaths.Spm346Dataset);
        var fromWorkbooks = Documents(WorkbookDataset(folder, workbooks));
        Assert.Equal(fromCsv.Select(d => d.Extension), fromWorkbooks.Select(d => d.Extension));
        Assert.All(fromCsv.Zip(fromWorkbooks), pair => Assert.True(pair.First.Bytes.AsSpan().SequenceEqual(pair.Second.Bytes), $"{pair.First.Extension} differs"));
    }

    [Fact]
    public void A_workbook_dataset_has_the_csv_datasets_two_warnings_at_the_cells_they_concern()
    {
        using var folder = new TemporaryFolder();
        var loaded = DatasetLoader.Load(WorkbookDataset(folder, Fixture("tabeller", "tabeller.xlsx")));
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        Assert.Equal(
            [
                "tabeller.xlsx:'Tabel 1'!B2: warning: Kommune: \"Bornholms Kommune\" is printed as the published letter printed it; the official name is \"Bornholms Regionskommune\" (code 400).",
                "tabeller.xlsx:'Tabel 1'!A22: warning: Region: Vesthimmerlands Kommune lies in Region Nordjylland; it is printed under Region Midtjylland as in the published letter (recorded under \"afvigelser\" in brev.md, line 21).",
            ],
            loaded.Diagnostics.OrderBy(d => d.Line).Select(d => d.ToString()));
    }

    [Fact]
    public void The_same_table_in_two_places_is_an_error_naming_both_and_the_table_is_not_read()
    {
        using var folder = new TemporaryFolder();
        var dataset = WorkbookDataset(folder, Fixture("tabeller", "tabeller.xlsx"), Fixture("separate", "tabel2.xlsx"));
        File.Copy(Path.Combine(RepositoryPaths.Spm346Dataset, "tabel2.csv"), Path.Combine(dataset, "tabel2.csv"));
        var errors = DatasetLoader.Load(dataset).Diagnostics.Where(d => d.IsError).ToList();
        var error = Assert.Single(errors);
        Assert.Equal("tabel2.csv: error: tabel2 is given 3 times: in tabel2.csv and in tabel2.xlsx and in tabeller.xlsx (sheet \"Tabel 2\"). " +
            "Keep one and delete or rename the others, so it is clear which one the letter prints.", error.ToString());
    }

    [Fact]
    public void A_missing_table_says_every_place_it_may_be_and_the_sheets_the_workbook_has()
    {
        using var folder = new TemporaryFolder();
        var dataset = WorkbookDataset(folder);
        var sheets = new[] { new Sheet("Tabel 1", CsvAsWorkbook.SheetData(File.ReadAllText(Path.Combine(RepositoryPaths.Spm346Dataset, "tabel1.csv")))), new Sheet("Ark2", "") };
        File.WriteAllBytes(Path.Combine(dataset, "tabeller.xlsx"), Build(sheets));
        File.Copy(Path.Combine(RepositoryPaths.Spm346Dataset, "tabel3.csv"), Path.Combine(dataset, "tabel3.csv"));
        var error = Assert.Single(DatasetLoader.Load(dataset).Diagnostics, d => d.IsError);
        Assert.Equal("tabel2.csv", error.File);
        Assert.EndsWith("tabel2.csv (or tabel2.xlsx; tabeller.xlsx has no sheet \"tabel2\", its sheets are \"Tabel 1\", \"Ark2\").", error.Message);
    }

    [Fact]
    public void A_formula_without_a_calculated_value_is_one_error_at_its_cell_not_a_missing_total()
    {
        using var folder = new TemporaryFolder();
        var dataset = WorkbookDataset(folder);
        foreach (var file in TableFiles.Skip(1)) File.Copy(Path.Combine(RepositoryPaths.Spm346Dataset, file), Path.Combine(dataset, file));
        var table1 = CsvAsWorkbook.SheetData(File.ReadAllText(Path.Combine(RepositoryPaths.Spm346Dataset, "tabel1.csv")))
            .Replace("<c r=\"C31\"><v>2872</v></c>", "<c r=\"C31\"><f>SUM(C2:C30)</f></c>", StringComparison.Ordinal);
        Assert.Contains("<f>SUM", table1);
        File.WriteAllBytes(Path.Combine(dataset, "tabel1.xlsx"), Build([new Sheet("Ark1", table1)]));
        var error = Assert.Single(DatasetLoader.Load(dataset).Diagnostics, d => d.IsError);
        Assert.Equal("tabel1.xlsx:Ark1!C31: error: Arbejdspladser: The cell has a formula but no calculated value (the file was written by a program that does not calculate); open the workbook in Excel, save it, and try again.",
            error.ToString());
    }

    /// <summary>Breakages of the CSV tests (Validation/RowChecksTests), each also as a workbook: every check CSV gets, at the cell.</summary>
    [Theory]
    [InlineData("tabel1.csv", "Slagelse Kommune", "Slaglese Kommune")]
    [InlineData("tabel1.csv", "Sorø Kommune;11;", "Sorø Kommune;elleve;")]
    [InlineData("tabel1.csv", "Sorø Kommune;11;", "Sorø Kommune;11,5;")]
    [InlineData("tabel1.csv", "Sorø Kommune;11;", "Sorø Kommune;1.100.000;")]
    [InlineData("tabel1.csv", "Sorø Kommune;11;", "Sorø Kommune;;")]
    [InlineData("tabel1.csv", "Sorø Kommune;11;", "Slagelse Kommune;11;")]
    [InlineData("tabel1.csv", "Sorø Kommune;11;", "Sorø Kommune;11;;Slagelse")]
    [InlineData("tabel1.csv", "Region Syddanmark;Odense Kommune;", "Region Syddanmark;Odense;")]
    [InlineData("tabel1.csv", "Region Nordjylland;Brønderslev Kommune", "Region Midtjylland;Brønderslev Kommune")]
    [InlineData("tabel1.csv", "Kolding Kommune;8;2", "Kolding Kommune;8;2)")]
    [InlineData("tabel1.csv", "I alt;2872", "I alt;2882")]
    [InlineData("tabel1.csv", "Region;Kommune;", "Region;Kommuner;")]
    [InlineData("tabel2.csv", "Haderslev;Vordingborg;Hillerød", "Haderslev;Vordingborg;Haderslev")]
    [InlineData("tabel2.csv", "Dele af Statens Administration til Udbetaling Danmark;", "SKAT (Bedre Balance I);")]
    [InlineData("tabel2.csv", "I alt;1928;;\n", "")]
    [InlineData("tabel2.csv", "ATP/UDK-funktioner for Beskæftigelsesministeriet;86;;", "ATP/UDK-funktioner for Beskæftigelsesministeriet;86;nej tak;")]
    [InlineData("tabel3.csv", ";Hedensted", ";Hedensted Kommune")]
    [InlineData("tabel3.csv", "Nye uddannelsesstationer;", ";")]
    public void A_broken_table_gets_the_same_diagnostics_from_a_workbook_as_from_csv(string file, string oldText, string newText)
    {
        using var csv = BrokenDataset.Copy().Replace(file, oldText, newText);
        var fromCsv = csv.Load().Diagnostics;

        using var workbook = BrokenDataset.Copy().Replace(file, oldText, newText);
        var sheets = TableFiles.Select((table, i) => new Sheet($"Tabel {i + 1}", CsvAsWorkbook.SheetData(workbook.Text(table)))).ToList();
        foreach (var table in TableFiles) workbook.Delete(table);
        workbook.WriteBytes("tabeller.xlsx", Build(sheets));
        var fromWorkbook = workbook.Load().Diagnostics;

        Assert.Contains(fromCsv, d => !Problems.IsShippedWarning(d));
        Assert.Equal(fromCsv.Count, fromWorkbook.Count);
        foreach (var (c, w) in fromCsv.Zip(fromWorkbook))
        {
            // The same problem, in the same words (a row is a row, not a line), on the same row of the table's sheet.
            Assert.Equal((c.Severity, c.Field, c.Line), (w.Severity, w.Field, w.Line));
            // A header is said as a sheet's columns ("Region, Kommune, …") rather than as a CSV line.
            var expected = c.Message.Replace("line ", "row ", StringComparison.Ordinal);
            expected = expected.Contains("The header must be:", StringComparison.Ordinal) ? expected.Replace(";", ", ", StringComparison.Ordinal) : expected;
            // A message that names the table's file names the workbook and sheet instead.
            var actual = System.Text.RegularExpressions.Regex.Replace(w.Message, "tabeller.xlsx \\(sheet \"Tabel (\\d)\"\\)", "tabel$1.csv");
            Assert.Equal(expected, actual.Replace("line ", "row ", StringComparison.Ordinal));
            Assert.Equal(c.File == "brev.md" ? "brev.md" : "tabeller.xlsx", w.File);
            if (c.File != "brev.md")
            {
                Assert.Equal($"Tabel {c.File[5]}", w.Sheet);
            }
        }
    }

    [Fact]
    public void A_field_problem_points_at_the_cell_as_excel_names_it()
    {
        using var data = BrokenDataset.Copy().Replace("tabel1.csv", "Slagelse Kommune", "Slaglese Kommune");
        data.WriteBytes("tabel1.xlsx", Build([new Sheet("tabel1", CsvAsWorkbook.SheetData(data.Text("tabel1.csv")))])).Delete("tabel1.csv");
        var error = Assert.Single(data.Load().Diagnostics, d => d.IsError);
        Assert.StartsWith("tabel1.xlsx:tabel1!B3: error: Kommune: \"Slaglese Kommune\" is not a Danish municipality.", error.ToString());
    }

    [Fact]
    public void A_hidden_table_sheet_is_read_with_a_warning_and_a_hidden_first_sheet_of_tabelN_xlsx_is_passed_over()
    {
        using var data = BrokenDataset.Copy();
        var sheets = new[] { new Sheet("Tabel 1", CsvAsWorkbook.SheetData(data.Text("tabel1.csv"))), new Sheet("TABEL 2", CsvAsWorkbook.SheetData(data.Text("tabel2.csv")), State: "hidden") };
        data.WriteBytes("tabeller.xlsx", Build(sheets)).Delete("tabel1.csv").Delete("tabel2.csv");
        var helper = new Sheet("Hjælp", CsvAsWorkbook.SheetData("Kommune;Kode\nAarhus;751"), State: "hidden");
        data.WriteBytes("tabel3.xlsx", Build([helper, new Sheet("Ark1", CsvAsWorkbook.SheetData(data.Text("tabel3.csv")))])).Delete("tabel3.csv");

        var loaded = data.Load();
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        // Besides the two warnings the published letter earns (now at 'Tabel 1'!B2 and A22).
        Assert.Equal(3, loaded.Diagnostics.Count);
        var warning = Assert.Single(loaded.Diagnostics, d => d.Sheet == "TABEL 2");
        Assert.Equal("tabeller.xlsx:'TABEL 2': warning: The sheet is hidden in Excel; it is read all the same, as tabel2.", warning.ToString());
        Assert.Equal(9, Assert.Single(loaded.Dataset!.FollowUp.InstitutionStations).Municipalities.Count);
    }

    [Fact]
    public void A_pipe_named_like_a_workbook_is_refused_without_waiting_on_it()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "named pipes are made with mkfifo");
        using var data = BrokenDataset.Copy().Delete("tabel1.csv");
        Assert.Equal(0, MakeFifo(data.PathOf("tabel1.xlsx"), 0b110_100_100));
        var error = Assert.Single(data.Load().Diagnostics, d => d.IsError);
        Assert.Equal("tabel1.xlsx: error: The file is empty (or not a regular file).", error.ToString());
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MakeFifo([System.Runtime.InteropServices.MarshalAs(System.Runtime.InteropServices.UnmanagedType.LPStr)] string path, uint mode);

    [Fact]
    public void A_line_break_in_a_cell_is_an_error_at_the_cell()
    {
        using var data = BrokenDataset.Copy();
        var sheet = CsvAsWorkbook.SheetData(data.Text("tabel2.csv")).Replace("SKAT (Bedre Balance I)", "SKAT (Bedre_x000A_Balance I)", StringComparison.Ordinal);
        data.WriteBytes("tabel2.xlsx", Build([new Sheet("tabel2", sheet)])).Delete("tabel2.csv");
        var error = Assert.Single(data.Load().Diagnostics, d => d.IsError);
        Assert.StartsWith("tabel2.xlsx:tabel2!A4: error: Institution: The cell holds a line break;", error.ToString());
    }
}
