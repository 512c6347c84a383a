using System.Text;
using BedreBalance.Dataset;
using BedreBalance.Domain;
using BedreBalance.Domain.Register;
using Xunit;

namespace BedreBalance.Tests.Dataset;

/// <summary>
/// Large tables read and checked in one pass (issue 16): the table is read without copies and checked without
/// per-row queries, and none of that may lose, move or reorder a diagnostic. The shipped dataset with Table 1 scaled
/// to thousands of rows, checked against the official register extended by the scaled rows' made-up municipalities.
/// </summary>
public class LargeTableTests
{
    private const int Rows = 10_000;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The scaled Table 1 as lines of tabel1.csv: [0] the header, [i] the row on line i + 1, [^1] the total.</summary>
    private static List<string> Table1Lines(LoadedDataset scaled)
    {
        var lines = new List<string> { "Region;Kommune;Arbejdspladser;Anm" };
        lines.AddRange(scaled.FollowUp.MunicipalityJobs.Select(row => $"{row.Region};{row.Municipality};{row.Jobs};{string.Join(' ', row.NoteMarkers)}"));
        lines.Add($";{FollowUpReader.TotalLabel};{scaled.FollowUp.MunicipalityJobs.Sum(row => row.Jobs)};");
        return lines;
    }

    private static MunicipalityRegister RegisterFor(LoadedDataset scaled)
    {
        var official = MunicipalityRegister.Official;
        var municipalities = official.Municipalities.ToList();
        foreach (var row in scaled.FollowUp.MunicipalityJobs.Where(row => official.Resolve(row.Municipality) is null))
        {
            municipalities.Add(new Municipality($"T{municipalities.Count}", row.Municipality, row.Municipality, official.FindRegion(row.Region)!));
        }
        return new MunicipalityRegister(official.Regions, municipalities);
    }

    private sealed record Scaled(List<string> Table1, MunicipalityRegister Register)
    {
        public LoadResult Load()
        {
            var files = DatasetFiles.All.ToDictionary(file => file, file => File.ReadAllBytes(Path.Combine(RepositoryPaths.Spm346Dataset, file)));
            files[DatasetTable.MunicipalityJobs.FileName] = Utf8.GetBytes(string.Join('\n', Table1) + "\n");
            return DatasetLoader.LoadFromMemory("scaled", files, Register);
        }

        /// <summary>The row on <paramref name="line"/> of tabel1.csv, with field <paramref name="field"/> (0-based) replaced.</summary>
        public Scaled WithField(int line, int field, string value)
        {
            var fields = Table1[line - 1].Split(';');
            fields[field] = value;
            Table1[line - 1] = string.Join(';', fields);
            return this;
        }
    }

    private static Scaled ScaledTable(int rows = Rows)
    {
        var scaled = SyntheticDatasets.WithMunicipalityRows(rows);
        return new Scaled(Table1Lines(scaled), RegisterFor(scaled));
    }

    private static List<Diagnostic> Errors(LoadResult result) => result.Diagnostics.Where(d => d.IsError).ToList();

    [Fact]
    public void A_scaled_table_is_read_whole_and_without_errors()
    {
        var result = ScaledTable().Load();
        Assert.Empty(Errors(result));
        var rows = result.Dataset!.FollowUp.MunicipalityJobs;
        Assert.Equal(Rows, rows.Count);
        Assert.Equal(Enumerable.Range(2, Rows), rows.Select(row => row.Source.Line!.Value));
    }

    [Fact]
    public void An_error_on_the_last_row_of_a_large_table_names_that_row_and_its_field()
    {
        var result = ScaledTable().WithField(Rows + 1, 2, "12,5").Load();
        var error = Assert.Single(Errors(result));
        Assert.Equal(("tabel1.csv", Rows + 1, "Arbejdspladser"), (error.File, error.Line, error.Field));
        Assert.Contains("12,5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_last_row_repeating_the_row_before_is_reported_at_the_last_row_naming_the_first()
    {
        var table = ScaledTable();
        var before = table.Table1[Rows - 1].Split(';')[1];
        var error = Assert.Single(Errors(table.WithField(Rows + 1, 1, before).Load()));
        Assert.Equal(("tabel1.csv", Rows + 1, "Kommune"), (error.File, error.Line, error.Field));
        Assert.Contains($"{before} is listed twice: also on line {Rows}.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_on_many_rows_of_a_large_table_come_in_the_rows_order()
    {
        int[] lines = [2, 1_000, 4_321, 7_777, Rows + 1];
        var table = ScaledTable();
        foreach (var line in lines.Reverse())
        {
            table.WithField(line, 2, "mange");
        }
        var errors = Errors(table.Load());
        Assert.Equal(lines, errors.Select(d => d.Line!.Value));
        Assert.All(errors, d => Assert.Equal(("tabel1.csv", "Arbejdspladser"), (d.File, d.Field)));
    }

    [Fact]
    public void A_line_with_the_other_delimiter_in_a_large_table_is_reported_and_only_that_line_is_left_out()
    {
        var table = ScaledTable();
        table.Table1[4_999] = table.Table1[4_999].Replace(';', ',');
        var result = table.Load();
        var error = Assert.Single(Errors(result));
        Assert.Equal(("tabel1.csv", 5_000), (error.File, error.Line));
        Assert.Contains("','", error.Message, StringComparison.Ordinal);
        var rows = result.Unchecked!.FollowUp.MunicipalityJobs;
        Assert.Equal(Enumerable.Range(2, Rows).Where(line => line != 5_000), rows.Select(row => row.Source.Line!.Value));
    }

    [Fact]
    public void A_table_of_the_most_rows_allowed_is_read_and_one_more_row_is_refused()
    {
        // The printed total is a record too: 99.999 rows and the total are the 100.000 records a table may have.
        var largest = ScaledTable(DatasetLimits.MaximumRows - 1);
        Assert.Empty(Errors(largest.Load()));

        largest.Table1.Insert(largest.Table1.Count - 1, largest.Table1[^2]);
        var error = Assert.Single(Errors(largest.Load()), d => d.Message.Contains("more than 100.000 rows", StringComparison.Ordinal));
        Assert.Equal(("tabel1.csv", DatasetLimits.MaximumRows + 2), (error.File, error.Line));
    }
}
