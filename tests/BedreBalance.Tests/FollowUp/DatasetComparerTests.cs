using ApprovalTests;
using BedreBalance.Letter.FollowUp;
using Xunit;
using static BedreBalance.Tests.FollowUp.FollowUpDatasets;

namespace BedreBalance.Tests.FollowUp;

public class DatasetComparerTests
{
    private static readonly Lazy<DatasetComparison> FictitiousAgainstPublished = new(() =>
    {
        var result = DatasetComparer.Compare(November2018, FictitiousMay2019);
        Assert.False(result.HasErrors, string.Join("\n", result.Datasets.SelectMany(d => d.Diagnostics)));
        return result.Comparison!;
    });

    /// <summary>What `bedrebalance compare data/spm-346 tests/data/spm-346-fiktiv-maj-2019` prints.</summary>
    [Fact]
    public void Comparison_snapshot()
    {
        Approvals.Verify(ComparisonWriters.Text(FictitiousAgainstPublished.Value));
    }

    [Fact]
    public void Two_identical_datasets_have_no_changes()
    {
        var result = DatasetComparer.Compare(November2018, November2018);

        var comparison = result.Comparison!;
        Assert.False(comparison.HasChanges);
        Assert.Empty(ComparisonReport.Sections(comparison));
        Assert.Equal(
            "Changes from spm-346 (status november 2018) to spm-346 (status november 2018)\n" +
            "No changes: the tables, the totals and the letter's text are the same.\n",
            ComparisonWriters.Text(comparison));
        Assert.Equal("\uFEFFSection;Item;Before;After;Change;Details\r\n", ComparisonWriters.Csv(comparison));
    }

    [Fact]
    public void Municipalities_that_appear_and_disappear_are_named_with_their_region()
    {
        var municipalities = FictitiousAgainstPublished.Value.Municipalities;
        var added = Assert.Single(municipalities, m => m.Jobs.Appeared);
        var removed = Assert.Single(municipalities, m => m.Jobs.Disappeared);
        Assert.Equal(("Næstved Kommune", null, "Region Sjælland", 45), (added.Municipality, added.RegionBefore, added.RegionAfter, added.Jobs.Difference));
        Assert.Equal(("Sorø Kommune", "Region Sjælland", null, -11), (removed.Municipality, removed.RegionBefore, removed.RegionAfter, removed.Jobs.Difference));
        Assert.DoesNotContain(municipalities, m => m.Municipality == "Bornholms Kommune");
    }

    [Fact]
    public void Region_and_total_differences_are_the_sums_of_the_row_differences()
    {
        var comparison = FictitiousAgainstPublished.Value;
        foreach (var region in comparison.Regions)
        {
            var rows = comparison.Municipalities.Where(m => (m.RegionAfter ?? m.RegionBefore) == region.Region);
            Assert.Equal(region.Jobs.Difference, rows.Sum(m => m.Jobs.Difference));
        }
        var totals = comparison.Totals.ToDictionary(t => t.Name, t => t.Value);
        Assert.Equal(comparison.Municipalities.Sum(m => m.Jobs.Difference), totals["Tabel 1: jobs"].Difference);
        Assert.Equal(comparison.Institutions.Sum(i => i.Jobs.Difference), totals["Tabel 2: jobs"].Difference);
        Assert.Equal(totals["Tabel 1: jobs"].Difference + totals["Tabel 2: jobs"].Difference, totals["All jobs (Tabel 1 + Tabel 2)"].Difference);
        Assert.Equal((4800, 5007), (totals["All jobs (Tabel 1 + Tabel 2)"].Before, totals["All jobs (Tabel 1 + Tabel 2)"].After));
        Assert.Equal((51, 53), (totals["{{tal.status-byer}}"].Before, totals["{{tal.status-byer}}"].After));
    }

    [Fact]
    public void Table_2_reports_new_institutions_and_changed_lists()
    {
        var institutions = FictitiousAgainstPublished.Value.Institutions.ToDictionary(i => i.Institution);
        Assert.Equal(3, institutions.Count);
        var added = institutions["Fiktiv Styrelse for Testdata"];
        Assert.Equal((null, 40), (added.Jobs.Before, added.Jobs.After));
        Assert.Equal(["Viborg", "Holstebro", "Aabenraa"], added.Municipalities.Added);
        var relisted = institutions["Arbejdsskadestyrelsen til ATP"];
        Assert.False(relisted.Jobs.IsChanged);
        Assert.Equal(["Kolding"], relisted.Municipalities.Added);
        Assert.Equal(["Hillerød"], relisted.Municipalities.Removed);
        Assert.Equal(10, institutions["SKAT (Bedre Balance I)"].Jobs.Difference);
    }

    [Fact]
    public void Table_3_reports_added_stations()
    {
        var stations = Assert.Single(FictitiousAgainstPublished.Value.Stations);
        Assert.Equal((9, 10), (stations.Count.Before, stations.Count.After));
        Assert.Equal(["Aabenraa"], stations.Municipalities.Added);
        Assert.Empty(stations.Municipalities.Removed);
    }

    [Fact]
    public void Sentences_whose_bound_numbers_changed_are_given_before_and_after()
    {
        var sentences = FictitiousAgainstPublished.Value.Sentences;
        Assert.Contains(sentences, s =>
            s.Before == "Ud af de 4.800 flyttede og etablerede arbejdspladser kan 2.872 knyttes til specifikke byer." &&
            s.After == "Ud af de 5.007 flyttede og etablerede arbejdspladser kan 3.029 knyttes til specifikke byer.");
        Assert.Contains(sentences, s => s.Place == "Tabel 3, subtitle" && s.Before!.EndsWith("(november 2018)") && s.After!.EndsWith("(maj 2019)"));
        Assert.Contains(sentences, s => s.Before is null && s.After == "FIKTIVT TESTDATA.");
        // The question and the sentences without bound numbers are the same in both letters.
        Assert.DoesNotContain(sentences, s => s.Before?.StartsWith("Vil ministeren oplyse", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(sentences, s => s.Place == "Closing");
    }

    [Fact]
    public void A_municipality_moved_to_another_region_is_reported_even_with_the_same_jobs()
    {
        var published = Load(November2018);
        var rows = published.FollowUp.MunicipalityJobs
            .Select(row => row.Municipality == "Vesthimmerlands Kommune" ? row with { Region = "Region Nordjylland" } : row)
            .ToList();
        var corrected = published with { FollowUp = published.FollowUp with { MunicipalityJobs = rows } };

        var comparison = DatasetComparer.Compare("før", published, Compose(published), "efter", corrected, Compose(corrected));

        var moved = Assert.Single(comparison.Municipalities);
        Assert.True(moved.MovedRegion);
        Assert.Equal(0, moved.Jobs.Difference);
        Assert.Equal("moved from Region Midtjylland to Region Nordjylland", ComparisonReport.Sections(comparison)
            .Single(s => s.Title == "Municipalities (Tabel 1)").Rows.Single().Details);
        Assert.Equal([("Region Midtjylland", -6), ("Region Nordjylland", 6)], comparison.Regions.Select(r => (r.Region, r.Jobs.Difference)));
    }

    [Fact]
    public void A_dataset_with_errors_is_not_compared_and_its_diagnostics_name_its_folder()
    {
        using var folder = new TemporaryFolder();
        var broken = folder.CopyOf(November2018, "broken");
        File.WriteAllText(Path.Combine(broken, "tabel1.csv"),
            File.ReadAllText(Path.Combine(broken, "tabel1.csv")).Replace("Odense Kommune;504", "Odense Kommune;5x4", StringComparison.Ordinal));

        var result = DatasetComparer.Compare(November2018, broken);

        Assert.Null(result.Comparison);
        Assert.True(result.HasErrors);
        Assert.False(result.Datasets[0].HasErrors);
        Assert.Equal(broken, result.Datasets[1].Directory);
        Assert.Contains(result.Datasets[1].Diagnostics, d => d.IsError && d.File == "tabel1.csv" && d.Message.Contains("\"5x4\" is not a number"));
    }
}
