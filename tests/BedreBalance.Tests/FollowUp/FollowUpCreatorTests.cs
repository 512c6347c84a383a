using BedreBalance.Dataset;
using BedreBalance.Domain;
using BedreBalance.Letter.FollowUp;
using Xunit;

namespace BedreBalance.Tests.FollowUp;

public class FollowUpCreatorTests
{
    private static readonly FollowUpMonth May2019 = new(5, 2019);

    [Fact]
    public void Copies_the_dataset_and_changes_only_the_status_line()
    {
        using var folder = new TemporaryFolder();
        var target = folder.Combine("spm-346-maj-2019");

        var creation = FollowUpCreator.Create(RepositoryPaths.Spm346Dataset, target, May2019);

        Assert.Equal(FollowUpCreationOutcome.Created, creation.Outcome);
        Assert.Equal("november 2018", creation.PreviousStatus);
        Assert.Equal(DatasetFiles.All.Order(), Directory.GetFiles(target).Select(Path.GetFileName).Order());
        foreach (var csv in new[] { DatasetTable.MunicipalityJobs.FileName, DatasetTable.InstitutionJobs.FileName, DatasetTable.InstitutionStations.FileName })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(RepositoryPaths.Spm346Dataset, csv)), File.ReadAllBytes(Path.Combine(target, csv)));
        }
        var originalLines = File.ReadAllLines(Path.Combine(RepositoryPaths.Spm346Dataset, DatasetFiles.LetterText));
        var copiedLines = File.ReadAllLines(Path.Combine(target, DatasetFiles.LetterText));
        var differing = originalLines.Zip(copiedLines).Where(pair => pair.First != pair.Second).ToList();
        Assert.Equal(originalLines.Length, copiedLines.Length);
        Assert.Equal([("status: november 2018", "status: maj 2019")], differing);

        var loaded = DatasetLoader.Load(target);
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        Assert.Equal("maj 2019", loaded.Dataset!.Letter.Fields.Status);
    }

    [Fact]
    public void Keeps_a_byte_order_mark_the_letter_was_saved_with()
    {
        using var folder = new TemporaryFolder();
        var source = folder.CopyOf(RepositoryPaths.Spm346Dataset, "kilde");
        var letter = Path.Combine(source, DatasetFiles.LetterText);
        File.WriteAllBytes(letter, [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(letter)]);

        var target = folder.Combine("ny");
        Assert.Equal(FollowUpCreationOutcome.Created, FollowUpCreator.Create(source, target, May2019).Outcome);

        var bytes = File.ReadAllBytes(Path.Combine(target, DatasetFiles.LetterText));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("maj 2019", DatasetLoader.Load(target).Dataset!.Letter.Fields.Status);
    }

    [Fact]
    public void Refuses_to_overwrite_an_existing_folder_and_leaves_it_untouched()
    {
        using var folder = new TemporaryFolder();
        var target = folder.Combine("findes");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "noter.txt"), "mine noter");

        var creation = FollowUpCreator.Create(RepositoryPaths.Spm346Dataset, target, May2019);

        Assert.Equal(FollowUpCreationOutcome.TargetExists, creation.Outcome);
        Assert.Contains("already exists", creation.Problem);
        Assert.Equal(["noter.txt"], Directory.GetFiles(target).Select(Path.GetFileName));
        Assert.Equal("mine noter", File.ReadAllText(Path.Combine(target, "noter.txt")));
    }

    [Fact]
    public void Refuses_a_source_with_errors_and_writes_nothing()
    {
        using var folder = new TemporaryFolder();
        var source = folder.CopyOf(RepositoryPaths.Spm346Dataset, "kilde");
        File.Delete(Path.Combine(source, DatasetTable.InstitutionStations.FileName));
        var target = folder.Combine("ny");

        var creation = FollowUpCreator.Create(source, target, May2019);

        Assert.Equal(FollowUpCreationOutcome.SourceInvalid, creation.Outcome);
        Assert.Contains(creation.Diagnostics, d => d.IsError && d.File == DatasetTable.InstitutionStations.FileName);
        Assert.False(Directory.Exists(target));
        Assert.Equal(["kilde"], Directory.GetDirectories(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Refuses_a_target_inside_the_source()
    {
        using var folder = new TemporaryFolder();
        var source = folder.CopyOf(RepositoryPaths.Spm346Dataset, "kilde");

        var creation = FollowUpCreator.Create(source, Path.Combine(source, "ny"), May2019);

        Assert.Equal(FollowUpCreationOutcome.TargetInsideSource, creation.Outcome);
        Assert.Equal(DatasetFiles.All.Count, Directory.GetFileSystemEntries(source).Length);
    }
}
