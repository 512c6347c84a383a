using BedreBalance.Domain;
using Xunit;
using static BedreBalance.Tests.Validation.Problems;

namespace BedreBalance.Tests.Validation;

/// <summary>Values in the tables' rows: numbers, required fields, municipalities, regions, totals.</summary>
public class RowChecksTests
{
    // Line 6 of tabel1.csv: "Region Sjælland;Sorø Kommune;11;".
    private const string SoroRow = "Region Sjælland;Sorø Kommune;11;";

    [Theory]
    [InlineData("11,5", "\"11,5\" is not a whole number")]
    [InlineData("11.5", "\"11.5\" is not a whole number")]
    [InlineData("elleve", "\"elleve\" is not a number")]
    [InlineData("-11", "\"-11\" is negative")]
    [InlineData("1100000", "1100000 is not plausible as the number of jobs")]
    [InlineData("", "The number of jobs is empty")]
    public void A_number_of_jobs_that_is_not_a_whole_plausible_count_is_an_error(string jobs, string words)
    {
        using var data = BrokenDataset.Copy().Replace("tabel1.csv", SoroRow, $"Region Sjælland;Sorø Kommune;{jobs};");
        // The rejected row is not also reported as a wrong total.
        var d = Single(data.Load().Diagnostics, Severity.Error, "tabel1.csv", 6, words);
        Assert.Equal("Arbejdspladser", d.Field);
    }

    [Fact]
    public void A_number_in_tabel2_is_checked_the_same_way()
    {
        using var data = BrokenDataset.Copy().Replace("tabel2.csv", "ATP/UDK-funktioner for Beskæftigelsesministeriet;86;", "ATP/UDK-funktioner for Beskæftigelsesministeriet;-86;");
        Single(data.Load().Diagnostics, Severity.Error, "tabel2.csv", 3, "\"-86\" is negative");
    }

    [Fact]
    public void An_empty_municipality_name_is_an_error()
    {
        using var data = BrokenDataset.Copy().Replace("tabel1.csv", SoroRow, "Region Sjælland; ;11;");
        var d = Single(data.Load().Diagnostics, Severity.Error, "tabel1.csv", 6, "municipality name is empty");
        Assert.Equal("Kommune", d.Field);
    }

    [Fact]
    public void An_empty_institution_name_is_an_error()
    {
        using var data = BrokenDataset.Copy().Replace("tabel3.csv", "Nye uddannelsesstationer;", ";");
        Contains(data.Load().Diagnostics, Severity.Error, "tabel3.csv", 2, "institution's name is empty");
    }

    [Fact]
    public void An_unknown_municipality_in_table_1_is_an_error_with_the_nearest_names()
    {
        using var data = BrokenDataset.Copy().Replace("tabel1.csv", "Slagelse Kommune", "Slaglese Kommune");
        var d = Single(data.Load().Diagnostics, Severity.Error, "tabel1.csv", 3, "\"Slaglese Kommune\" is not a Danish municipality", "Did you mean \"Slagelse Kommune\"");
        Assert.Equal("Kommune", d.Field);
    }

    [Fact]
    public void An_unknown_municipality_in_a_list_is_an_error_with_the_nearest_names()
    {
        using var data = BrokenDataset.Copy().Replace("tabel2.csv", "Haderslev;Vordingborg;Hillerød", "Haderslev;Vordingborg;Hillerod");
        var d = Single(data.Load().Diagnostics, Severity.Error, "tabel2.csv", 2,
            "\"Hillerod\" (listed for Arbejdsskadestyrelsen til ATP) is not a Danish municipality", "Did you mean \"Hillerød\"");
        Assert.Equal("Kommuner", d.Field);
    }

    [Fact]
    public void A_short_name_in_table_1_is_an_error_asking_for_the_full_name()
    {
        using var data = BrokenDataset.Copy().Replace("tabel1.csv", "Region Syddanmark;Odense Kommune;", "Region Syddanmark;Odense;");
        Single(data.Load().Diagnostics, Severity.Error, "tabel1.csv", 12, "\"Odense\" is a short name", "write \"Odense Kommune\"");
    }

    [Fact]
    public void A_full_name_in_a_list_is_an_error_asking_for_the_short_name()
    {
        using var data = BrokenDataset.Copy().Replace("tabel3.csv", ";Hedensted", ";Hedensted Kommune");
        Single(data.Load().Diagnostics, Severity.Error, "tabel3.csv", 2, "\"Hedensted Kommune\"", "lists print short names", "write \"Hedensted\"");
    }

    [Fact]
    public void The_same_municipality_twice_in_table_1_is_an_error_naming_both_lines()
    {
        using var data = BrokenDataset.Copy().Replace("tabel1.csv", SoroRow, "Region Sjælland;Slagelse Kommune;11;");
        Single(data.Load().Diagnostics, Severity.Error, "tabel1.csv", 6, "Slagelse Kommune is listed twice: also on line 3");
    }

    [Fact]
    public void The_same_municipality_twice_in_one_list_is_an_error()
    {
        using var data = BrokenDataset.Copy().Replace("tabel2.csv", "Haderslev;Vordingborg;Hillerød", "Haderslev;Vordingborg;Haderslev");
        Single(data.Load().Diagnostics, Severity.Error, "tabel2.csv", 2, "Haderslev is listed twice for Arbejdsskadestyrelsen til ATP");
    }

    [Fact]
    public void The_same_institution_twice_in_a_table_is_an_error()
    {
        using var data = BrokenDataset.Copy().Replace("tabel2.csv", "Dele af Statens Administration til Udbetaling Danmark;", "SKAT (Bedre Balance I);");
        Single(data.Load().Diagnostics, Severity.Error, "tabel2.csv", 6, "\"SKAT (Bedre Balance I)\" is listed twice: also on line 4");
    }

    [Fact]
    public void A_municipality_under_another_region_than_the_registers_is_an_error()
    {
        using var data = BrokenDataset.Copy().Replace("tabel1.csv", "Region Nordjylland;Brønderslev Kommune", "Region Midtjylland;Brønderslev Kommune");
        var d = Single(data.Load().Diagnostics, Severity.Error, "tabel1.csv", 27,
            "Brønderslev Kommune lies in Region Nordjylland, not in Region Midtjylland", "Move the row to Region Nordjylland");
        Assert.Equal("Region", d.Field);
    }

    [Fact]
    public void The_published_letters_vesthimmerland_mistake_is_an_error_when_not_recorded_under_afvigelser()
    {
        using var data = BrokenDataset.Copy().Replace("brev.md", "afvigelser:\n  - kommune: Vesthimmerlands Kommune\n    region: Region Midtjylland\n", "");
        Single(data.Load().Diagnostics, Severity.Error, "tabel1.csv", 22,
            "Vesthimmerlands Kommune lies in Region Nordjylland, not in Region Midtjylland", "afvigelser");
    }

    [Fact]
    public void A_recorded_deviation_that_matches_no_row_is_a_warning()
    {
        using var data = BrokenDataset.Copy().Replace("brev.md", "    region: Region Midtjylland\n", "    region: Region Midtjylland\n  - kommune: Aarhus Kommune\n    region: Region Nordjylland\n");
        Single(data.Load().Diagnostics, Severity.Warning, "brev.md", 23, "\"Aarhus Kommune\" under \"Region Nordjylland\" matches no row");
    }

    [Fact]
    public void An_unknown_region_is_an_error_listing_the_regions()
    {
        using var data = BrokenDataset.Copy().Replace("tabel1.csv", SoroRow, "Region Sjaelland;Sorø Kommune;11;");
        Single(data.Load().Diagnostics, Severity.Error, "tabel1.csv", 6, "\"Region Sjaelland\" is not a Danish region", "Region Sjælland");
    }

    [Fact]
    public void A_regions_rows_split_by_another_region_is_an_error()
    {
        using var data = BrokenDataset.Copy()
            .Replace("tabel1.csv", "Region Hovedstaden;Bornholms Kommune;14;\n", "")
            .Replace("tabel1.csv", "Region Sjælland;Guldborgsund Kommune;", "Region Hovedstaden;Bornholms Kommune;14;\nRegion Sjælland;Guldborgsund Kommune;");
        Single(data.Load().Diagnostics, Severity.Error, "tabel1.csv", 4, "\"Region Sjælland\" appears again after other regions");
    }

    [Fact]
    public void A_row_with_zero_jobs_is_a_warning()
    {
        using var data = BrokenDataset.Copy()
            .Replace("tabel1.csv", SoroRow, "Region Sjælland;Sorø Kommune;0;")
            .Replace("tabel1.csv", "I alt;2872", "I alt;2861");
        Single(data.Load().Diagnostics, Severity.Warning, "tabel1.csv", 6, "Sorø Kommune has 0 jobs");
    }

    [Fact]
    public void A_cell_outside_the_columns_is_an_error()
    {
        using var data = BrokenDataset.Copy().Replace("tabel1.csv", SoroRow, "Region Sjælland;Sorø Kommune;11;;Slagelse");
        Single(data.Load().Diagnostics, Severity.Error, "tabel1.csv", 6, "\"Slagelse\" has no column");
    }

    [Fact]
    public void A_printed_total_higher_than_the_sum_is_an_error_saying_both_and_the_difference()
    {
        using var data = BrokenDataset.Copy().Replace("tabel1.csv", "I alt;2872", "I alt;2882");
        var d = Single(data.Load().Diagnostics, Severity.Error, "tabel1.csv", 31, "says 2.882", "add up to 2.872", "10 too high");
        Assert.Equal("Arbejdspladser", d.Field);
    }

    [Fact]
    public void A_total_above_one_rows_limit_is_accepted_when_the_rows_add_up_to_it()
    {
        // Two rows near the limit of one row: the total is 2.872 - 11 - 14 + 2 × 99.000.
        using var data = BrokenDataset.Copy()
            .Replace("tabel1.csv", SoroRow, "Region Sjælland;Sorø Kommune;99000;")
            .Replace("tabel1.csv", "Region Hovedstaden;Bornholms Kommune;14;", "Region Hovedstaden;Bornholms Kommune;99000;")
            .Replace("tabel1.csv", "I alt;2872", "I alt;200847");
        Assert.DoesNotContain(data.Load().Diagnostics, d => d.IsError);
    }

    [Fact]
    public void A_total_above_one_rows_limit_is_still_checked_against_the_rows()
    {
        using var data = BrokenDataset.Copy().Replace("tabel1.csv", "I alt;2872", "I alt;287200");
        Single(data.Load().Diagnostics, Severity.Error, "tabel1.csv", 31, "says 287.200", "add up to 2.872");
    }

    [Fact]
    public void A_changed_row_makes_the_printed_total_disagree()
    {
        using var data = BrokenDataset.Copy().Replace("tabel2.csv", "SKAT (Bedre Balance I);110;", "SKAT (Bedre Balance I);1100;");
        Single(data.Load().Diagnostics, Severity.Error, "tabel2.csv", 7, "says 1.928", "add up to 2.918", "990 too low");
    }

    [Fact]
    public void A_missing_total_row_is_an_error()
    {
        using var data = BrokenDataset.Copy().Replace("tabel2.csv", "I alt;1928;;\n", "");
        Single(data.Load().Diagnostics, Severity.Error, "tabel2.csv", null, "The total row is missing");
    }

    [Fact]
    public void A_row_after_the_total_row_is_an_error()
    {
        using var data = BrokenDataset.Copy()
            .Replace("tabel1.csv", "Region Nordjylland;Aalborg Kommune;163;\n", "")
            .Replace("tabel1.csv", ";I alt;2872;\n", ";I alt;2872;\nRegion Nordjylland;Aalborg Kommune;163;\n");
        Single(data.Load().Diagnostics, Severity.Error, "tabel1.csv", 31, "follows the total row", "line 30");
    }

    [Fact]
    public void A_bad_note_marker_is_an_error()
    {
        using var data = BrokenDataset.Copy().Replace("tabel1.csv", "Kolding Kommune;8;2", "Kolding Kommune;8;2)");
        Contains(data.Load().Diagnostics, Severity.Error, "tabel1.csv", 11, "\"2)\" is not a note marker");
    }
}
