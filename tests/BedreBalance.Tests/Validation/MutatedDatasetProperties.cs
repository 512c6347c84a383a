using BedreBalance.Dataset;
using BedreBalance.Letter;
using BedreBalance.Tests.Hostile;
using FsCheck;
using FsCheck.Xunit;
using Xunit;

namespace BedreBalance.Tests.Validation;

public static class MutationGenerators
{
    // What breaks this format: delimiters, quotes, line breaks, placeholder and block syntax, digits, signs, Danish letters.
    private static readonly string[] Fragments =
    [
        ";", ",", "\n", "\r\n", "\"", "\t", " ", "{{", "}}", "{", "}", ":", "|", "---", ":::", "#", "-", "*", "1)", "2", "0", "-5",
        "99999999999", "3.5", "ø", "æ", "å", "Ø", "I alt", "Region Nordjylland", "Bornholm", "Aarhus Kommune", "{{tabel1.i-alt}}",
        "{{x}}", "{{tal.planer-byer:ord}}", "::: tabel1", "::: hilsen", "afvigelser:", "  - kommune: x", "tal:", "\u00a0", "\uFEFF", "\u0000",
    ];

    private static readonly EditKind[] Kinds =
    [
        EditKind.Insert, EditKind.Delete, EditKind.Replace, EditKind.DeleteLine, EditKind.DuplicateLine, EditKind.SwapWithNextLine,
        EditKind.Truncate, EditKind.CorruptByte,
    ];

    public static Arbitrary<DatasetMutation> Mutation() => DatasetMutations.Of(Kinds, Fragments);
}

/// <summary>
/// Thousands of mutated versions of the real dataset go through the whole check, in memory: nothing may throw, every
/// diagnostic must name one of the dataset's files, and a dataset with errors must never come out as a letter.
/// </summary>
public class MutatedDatasetProperties
{
    [Property(Arbitrary = [typeof(MutationGenerators)], MaxTest = 2000, Parallelism = 4, QuietOnSuccess = true)]
    public void Any_mutated_dataset_is_checked_without_throwing_and_every_problem_names_its_file(DatasetMutation mutation)
    {
        var files = mutation.ApplyTo(DatasetMutations.Shipped);

        var loaded = DatasetLoader.LoadFromMemory("spm-346", files);
        // The same path as the CLI: with errors in the data, the letter's placeholders are still checked.
        var composition = LetterComposer.Compose(loaded);
        var diagnostics = composition.Diagnostics;

        Assert.All(diagnostics, d =>
        {
            Assert.Contains(d.File, DatasetFiles.All);
            Assert.False(string.IsNullOrWhiteSpace(d.Message));
            Assert.True(d.Line is null or >= 1, d.ToString());
        });
        Assert.Equal(loaded.HasErrors, loaded.Dataset is null);
        Assert.Equal(composition.HasErrors, composition.Document is null);
        Assert.True(loaded.Dataset is not null || composition.Document is null, "a dataset with errors never gives a letter");
    }
}
