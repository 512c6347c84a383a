using BedreBalance.Document;
using BedreBalance.Letter;
using Xunit;

namespace BedreBalance.Tests.Letter;

/// <summary>Table 1 scaled far beyond the published letter (layout tests, benchmarks) still makes a true letter.</summary>
public class ScaledLetterTests
{
    [Fact]
    public void A_table_1_of_two_thousand_rows_composes_and_its_notes_read_as_in_the_shipped_letter()
    {
        var shipped = LetterComposer.Compose(SyntheticDatasets.Spm346()).Document!;
        var composition = LetterComposer.Compose(SyntheticDatasets.WithMunicipalityRows(2_000));

        Assert.False(composition.HasErrors, string.Join("\n", composition.Diagnostics));
        var table = composition.Document!.Blocks.OfType<Table>().First();
        Assert.Equal(2_000, table.Body.Count(row => row.Kind == RowKind.Data));
        // Note 2 counts the towns it marks and their jobs each ("8 … i hver af de to byer"): still two, still 8.
        Assert.Equal(NotesText(shipped), NotesText(composition.Document!));
    }

    private static string NotesText(LetterDocument document) =>
        string.Join("\n", document.Blocks.OfType<Table>().First().Notes.Select(note => string.Concat(note.Runs.Select(run => run.Text))));
}
