using BedreBalance.Cli;
using BedreBalance.Rendering.Pdf;
using Xunit;

namespace BedreBalance.Tests.Hostile;

/// <summary>
/// A letter so long that layout hits its 10.000-page stop (issue 12: exit 70) is a problem of the data, said in a
/// sentence, and no file is touched. The renderer here stops as the layout does at the stop, in milliseconds; the
/// layout's own stop is tested in BedreBalance.Rendering.Pdf.Tests (PageStopTests), and the whole way, 10.000 pages
/// in some 30 s, by the corpus case "layout: a letter beyond the 10.000-page stop" with BEDREBALANCE_SLOW_TESTS=1.
/// </summary>
public class LayoutStopTests
{
    [Fact]
    public void A_letter_beyond_the_page_stop_is_said_in_a_sentence_and_the_previous_files_stay()
    {
        using var workspace = new Workspace();
        var output = workspace.Beside("out");
        Directory.CreateDirectory(output);
        var previous = Path.Combine(output, "spm-346.pdf");
        File.WriteAllText(previous, "the previous run's PDF");

        var result = Generator.Generate(workspace.Dataset, output,
        [
            (".docx", (_, stream) => stream.WriteByte(1)),
            (".pdf", (_, _) => throw new LayoutLimitException(LayoutLimit.TooManyPages, 10_000)),
        ]);

        Assert.True(result.HasErrors);
        Assert.Empty(result.Written);
        Assert.Null(result.WriteError);
        Assert.NotNull(result.LayoutError);
        Assert.Contains("10.000", result.LayoutError, StringComparison.Ordinal);
        MessageShape.AssertSentences(result.LayoutError);
        Assert.Equal(["spm-346.pdf"], Directory.GetFileSystemEntries(output).Select(Path.GetFileName));
        Assert.Equal("the previous run's PDF", File.ReadAllText(previous));
    }
}
