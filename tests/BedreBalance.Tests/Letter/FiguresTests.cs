using ApprovalTests;
using BedreBalance.Dataset;
using BedreBalance.Letter;
using Xunit;

namespace BedreBalance.Tests.Letter;

public class FiguresTests
{
    private static LoadedDataset Load()
    {
        var result = DatasetLoader.Load(RepositoryPaths.Spm346Dataset);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Dataset!;
    }

    /// <summary>Totals per region, per table and overall, printed totals, and every number the prose binds.</summary>
    [Fact]
    public void Totals_snapshot()
    {
        Approvals.Verify(FiguresReport.Write(Load()));
    }

    [Fact]
    public void The_answers_totals_are_computed_from_the_rows()
    {
        var totals = Load().FollowUp.Totals;
        Assert.Equal(2872, totals.MunicipalityJobs);
        Assert.Equal(1928, totals.InstitutionJobs);
        Assert.Equal(4800, totals.AllJobs);
        Assert.Equal(9, totals.EducationStations);
    }

    [Fact]
    public void A_changed_row_changes_every_number_that_depends_on_it()
    {
        var dataset = Load();
        var rows = dataset.FollowUp.MunicipalityJobs.Select(r => r.Municipality == "Odense Kommune" ? r with { Jobs = r.Jobs + 100 } : r).ToList();
        var changed = dataset with { FollowUp = dataset.FollowUp with { MunicipalityJobs = rows } };
        var words = TextDump.Words(LetterComposer.Compose(changed).Document!).ToList();
        Assert.Contains("2.972", words);
        Assert.Contains("4.900", words);
        Assert.DoesNotContain("4.800", words);
    }
}
