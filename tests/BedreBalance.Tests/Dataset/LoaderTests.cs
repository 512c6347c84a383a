using BedreBalance.Dataset;
using BedreBalance.Domain;
using Xunit;

namespace BedreBalance.Tests.Dataset;

public class LoaderTests
{
    private static LoadResult Load() => DatasetLoader.Load(RepositoryPaths.Spm346Dataset);

    [Fact]
    public void The_shipped_dataset_loads_with_only_the_warnings_the_published_letter_earns()
    {
        var result = Load();
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        // The published letter prints "Bornholms Kommune" (officially Bornholms Regionskommune) and lists
        // Vesthimmerlands Kommune under Region Midtjylland (it lies in Nordjylland): both reproduced, both said.
        Assert.Collection(result.Diagnostics.OrderBy(d => d.Line),
            d => Assert.Equal(("tabel1.csv", 2, Severity.Warning), (d.File, d.Line!.Value, d.Severity)),
            d => Assert.Equal(("tabel1.csv", 22, Severity.Warning), (d.File, d.Line!.Value, d.Severity)));
    }

    [Fact]
    public void Table_1_keeps_the_letters_rows_regions_and_note_markers_in_order()
    {
        var rows = Load().Dataset!.FollowUp.MunicipalityJobs;
        Assert.Equal(29, rows.Count);
        Assert.Equal(["Region Hovedstaden", "Region Sjælland", "Region Syddanmark", "Region Midtjylland", "Region Nordjylland"],
            rows.Select(r => r.Region).Distinct());
        Assert.Equal(("Bornholms Kommune", 14), (rows[0].Municipality, rows[0].Jobs));
        Assert.Equal(("Aalborg Kommune", 163), (rows[^1].Municipality, rows[^1].Jobs));
        Assert.Equal(["Guldborgsund Kommune", "Ringsted Kommune", "Esbjerg Kommune", "Fredericia Kommune", "Vejle Kommune", "Holstebro Kommune"],
            rows.Where(r => r.NoteMarkers.Contains("1")).Select(r => r.Municipality));
        Assert.Equal(["Kolding Kommune", "Randers Kommune"], rows.Where(r => r.NoteMarkers.Contains("2")).Select(r => r.Municipality));
        Assert.Equal(new SourceLocation("tabel1.csv", 3), rows[1].Source);
    }

    [Fact]
    public void Tables_2_and_3_keep_their_lists_as_separate_values()
    {
        var followUp = Load().Dataset!.FollowUp;
        Assert.Equal(5, followUp.InstitutionJobs.Count);
        Assert.Equal(1506, followUp.InstitutionJobs[3].Jobs);
        Assert.Equal(21, followUp.InstitutionJobs[3].Municipalities.Count);
        Assert.True(followUp.InstitutionJobs[3].EndsWithFullStop);
        Assert.Equal(["Haderslev", "Vordingborg", "Hillerød"], followUp.InstitutionJobs[0].Municipalities.Select(m => m.Name));
        Assert.Equal(2872, followUp.MunicipalityJobsPrintedTotal!.Value);
        Assert.Equal(1928, followUp.InstitutionJobsPrintedTotal!.Value);
        Assert.Equal(9, Assert.Single(followUp.InstitutionStations).Municipalities.Count);
    }

    [Fact]
    public void The_letters_facts_come_from_the_front_matter()
    {
        var fields = Load().Dataset!.Letter.Fields;
        Assert.Equal(new DateOnly(2019, 1, 28), fields.Date);
        Assert.Equal("november 2018", fields.Status);
        Assert.Equal("Sophie Løhde", fields.Minister);
        Assert.Equal(6, fields.Figures.Count);
        Assert.Equal(3900, fields.Figures.Single(f => f.Name == "bb1-arbejdspladser").Value);
    }
}

public class DelimiterAndEncodingTests
{
    /// <summary>What Excel and text editors write: ',' instead of ';', CRLF line ends, a UTF-8 byte order mark.</summary>
    [Fact]
    public void Comma_separated_files_with_bom_and_crlf_give_the_same_letter()
    {
        using var folder = new TemporaryFolder();
        var copy = folder.CopyOf(RepositoryPaths.Spm346Dataset, "spm-346");
        foreach (var file in new[] { DatasetTable.MunicipalityJobs.FileName, DatasetTable.InstitutionJobs.FileName, DatasetTable.InstitutionStations.FileName })
        {
            var path = Path.Combine(copy, file);
            var text = File.ReadAllText(path);
            Assert.DoesNotContain(",", text); // so that swapping the delimiter needs no quoting
            File.WriteAllText(path, text.Replace(';', ',').Replace("\n", "\r\n"), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        }

        var original = BedreBalance.Letter.LetterComposer.ComposeFromDirectory(RepositoryPaths.Spm346Dataset).Document!;
        var converted = BedreBalance.Letter.LetterComposer.ComposeFromDirectory(copy);

        Assert.False(converted.HasErrors, string.Join("\n", converted.Diagnostics));
        Assert.Equal(TextDump.Write(original), TextDump.Write(converted.Document!));
    }
}
