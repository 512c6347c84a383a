using ApprovalTests;
using BedreBalance.Letter;
using Xunit;

namespace BedreBalance.Tests.Letter;

public class ComposedLetterTests
{
    private static LetterComposition Compose() => LetterComposer.ComposeFromDirectory(RepositoryPaths.Spm346Dataset);

    [Fact]
    public void The_shipped_dataset_composes_without_errors()
    {
        var composition = Compose();
        Assert.False(composition.HasErrors, string.Join("\n", composition.Diagnostics));
        Assert.NotNull(composition.Document);
    }

    [Fact]
    public void The_letter_says_word_for_word_what_the_published_answer_says()
    {
        var document = Compose().Document!;
        var expected = ReferenceText.Words();
        var actual = TextDump.Words(document).ToList();
        var firstDifference = Enumerable.Range(0, Math.Min(expected.Count, actual.Count)).FirstOrDefault(i => expected[i] != actual[i], -1);
        Assert.True(firstDifference < 0 && expected.Count == actual.Count,
            firstDifference < 0
                ? $"Lengths differ: published {expected.Count} words, ours {actual.Count}."
                : $"Word {firstDifference}: published \"{expected[firstDifference]}\", ours \"{actual[firstDifference]}\"; context: {string.Join(' ', actual.Skip(Math.Max(0, firstDifference - 8)).Take(16))}");
    }

    /// <summary>The document model as text: the first snapshot of the letter's content, before any layout.</summary>
    [Fact]
    public void Document_model_snapshot()
    {
        Approvals.Verify(TextDump.Write(Compose().Document!));
    }
}
