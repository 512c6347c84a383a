using System.Text;
using BedreBalance.Domain;
using Xunit;
using static BedreBalance.Tests.Validation.Problems;

namespace BedreBalance.Tests.Validation;

/// <summary>Files that cannot be read as the dataset format: each problem said once, in the user's terms.</summary>
public class FileChecksTests
{
    [Fact]
    public void A_missing_file_is_an_error_naming_the_file()
    {
        using var data = BrokenDataset.Copy().Delete("tabel2.csv");
        var d = Single(data.Load().Diagnostics, Severity.Error, "tabel2.csv", null, "The file is missing", "tabel2.csv");
        Assert.Null(d.Field);
    }

    [Fact]
    public void A_missing_brev_md_is_an_error_and_the_tables_are_still_checked()
    {
        using var data = BrokenDataset.Copy().Delete("brev.md").Replace("tabel1.csv", "I alt;2872", "I alt;2873");
        var result = data.Load();
        Contains(result.Diagnostics, Severity.Error, "brev.md", null, "The file is missing");
        Contains(result.Diagnostics, Severity.Error, "tabel1.csv", 31, "2.873", "2.872");
        Assert.Null(result.Dataset);
    }

    [Fact]
    public void An_empty_file_is_an_error()
    {
        using var data = BrokenDataset.Copy().Write("tabel3.csv", "\n  \n");
        Single(data.Load().Diagnostics, Severity.Error, "tabel3.csv", null, "The file is empty");
    }

    [Fact]
    public void A_file_saved_as_windows_1252_is_an_error_at_the_first_bad_line_without_garbled_text()
    {
        using var data = BrokenDataset.Copy();
        data.WriteBytes("tabel1.csv", Encoding.Latin1.GetBytes(data.Text("tabel1.csv")));
        // Line 3 is the first with a letter outside ASCII: "Region Sjælland".
        var d = Single(data.Load().Diagnostics, Severity.Error, "tabel1.csv", 3, "not UTF-8", "CSV UTF-8");
        Assert.DoesNotContain("Ã", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\uFFFD", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_saved_as_utf16_is_an_error()
    {
        using var data = BrokenDataset.Copy();
        data.WriteBytes("tabel2.csv", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(data.Text("tabel2.csv"))).ToArray());
        Single(data.Load().Diagnostics, Severity.Error, "tabel2.csv", null, "UTF-16", "CSV UTF-8");
    }

    [Fact]
    public void A_file_separated_by_tabs_is_an_error_naming_the_expected_columns()
    {
        using var data = BrokenDataset.Copy();
        data.Write("tabel1.csv", data.Text("tabel1.csv").Replace(';', '\t'));
        Single(data.Load().Diagnostics, Severity.Error, "tabel1.csv", 1, "tab characters", "Region;Kommune;Arbejdspladser;Anm");
    }

    [Fact]
    public void A_line_with_another_delimiter_than_the_header_is_an_error_on_that_line()
    {
        using var data = BrokenDataset.Copy().Replace("tabel1.csv", "Region Sjælland;Sorø Kommune;11;", "Region Sjælland,Sorø Kommune,11,");
        Single(data.Load().Diagnostics, Severity.Error, "tabel1.csv", 6, "separates its columns with ','", "header uses ';'");
    }

    [Fact]
    public void A_misspelt_header_column_is_an_error_naming_the_expected_header()
    {
        using var data = BrokenDataset.Copy().Replace("tabel1.csv", "Region;Kommune;Arbejdspladser;Anm", "Region;Kommune;Arbejdsplader;Anm");
        var d = Single(data.Load().Diagnostics, Severity.Error, "tabel1.csv", 1,
            "Header column 3 should be \"Arbejdspladser\" but is \"Arbejdsplader\"", "Region;Kommune;Arbejdspladser;Anm");
        Assert.Equal("Arbejdspladser", d.Field);
    }

    [Fact]
    public void A_missing_header_column_is_an_error_naming_the_expected_header()
    {
        using var data = BrokenDataset.Copy().Replace("tabel2.csv", "Institution;Arbejdspladser;Slutpunktum;Kommuner", "Institution;Arbejdspladser;Kommuner");
        var d = Contains(data.Load().Diagnostics, Severity.Error, "tabel2.csv", 1,
            "Header column 3 should be \"Slutpunktum\" but is \"Kommuner\"", "Institution;Arbejdspladser;Slutpunktum;Kommuner");
        Assert.Equal("Slutpunktum", d.Field);
    }

    [Fact]
    public void Problems_in_several_files_are_reported_together()
    {
        using var data = BrokenDataset.Copy()
            .Replace("tabel1.csv", "Region;Kommune", "Region;Kommmune")
            .Replace("tabel2.csv", "SKAT (Bedre Balance I);110;", "SKAT (Bedre Balance I);11o;")
            .Replace("tabel3.csv", "Hedensted", "Hedenstedd")
            .Replace("brev.md", "dato: 2019-01-28", "dato: 28-01-2019");
        var diagnostics = data.Load().Diagnostics;
        Contains(diagnostics, Severity.Error, "tabel1.csv", 1, "Header column 2");
        Contains(diagnostics, Severity.Error, "tabel2.csv", 4, "\"11o\" is not a number");
        Contains(diagnostics, Severity.Error, "tabel3.csv", 2, "\"Hedenstedd\"", "Did you mean \"Hedensted\"");
        Contains(diagnostics, Severity.Error, "brev.md", 4, "year-month-day");
    }
}
