using BedreBalance.Letter;
using BedreBalance.TestSupport;

namespace BedreBalance.Rendering.Docx.Tests;

/// <summary>The real letter, composed from data/spm-346 through the whole pipeline.</summary>
public static class TestLetter
{
    private static readonly Lazy<Document.Document> Composed = new(() =>
    {
        var composition = LetterComposer.ComposeFromDirectory(RepositoryPaths.Spm346Dataset);
        return composition.Document ?? throw new InvalidOperationException(string.Join("\n", composition.Diagnostics));
    });

    // The model is immutable records, so one composed letter serves every test.
    public static Document.Document Create() => Composed.Value;
}
