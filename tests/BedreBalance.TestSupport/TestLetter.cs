using BedreBalance.Document;
using BedreBalance.Domain;
using BedreBalance.Letter;

namespace BedreBalance.TestSupport;

/// <summary>The real letter, composed from data/spm-346 through the whole pipeline, and its tables.</summary>
public static class TestLetter
{
    private static readonly Lazy<LetterDocument> Composed = new(() =>
    {
        var composition = LetterComposer.ComposeFromDirectory(RepositoryPaths.Spm346Dataset);
        return composition.Document ?? throw new InvalidOperationException(string.Join("\n", composition.Diagnostics));
    });

    // The model is immutable records, so one composed letter serves every test.
    public static LetterDocument Create() => Composed.Value;

    public static Table Table1() => TableLabelled("Tabel 1");

    public static Table Table3() => TableLabelled("Tabel 3");

    public static string Danish(int number) => DanishText.Number(number);

    private static Table TableLabelled(string label) => Create().Blocks.OfType<Table>().Single(t => t.Label == label);
}
