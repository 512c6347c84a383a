using BedreBalance.Cli;
using BedreBalance.Document;
using Xunit;

namespace BedreBalance.Tests.Cli;

/// <summary>
/// Rendering one document after the other, each straight into its temporary file: a failing renderer's own
/// exception comes out, the renderers after it do not run, and no target is touched.
/// </summary>
public class GeneratorRenderTests
{
    private static Action<LetterDocument, Stream> Writes(byte value, List<string> calls, string name) =>
        (_, output) => { calls.Add(name); output.WriteByte(value); };

    private static Action<LetterDocument, Stream> Fails(string message, List<string> calls, string name) =>
        (_, output) => { calls.Add(name); output.WriteByte(0); throw new InvalidOperationException(message); };

    [Fact]
    public void When_the_PDF_renderer_fails_its_exception_comes_out_and_the_Word_renderer_does_not_run()
    {
        using var folder = new TemporaryFolder();
        var calls = new List<string>();

        var failure = Assert.Throws<InvalidOperationException>(() => Generator.Generate(RepositoryPaths.Spm346Dataset, folder.Path,
            [(".pdf", Fails("pdf broke", calls, "pdf")), (".docx", Writes(2, calls, "docx"))]));

        Assert.Equal("pdf broke", failure.Message);
        Assert.Equal(["pdf"], calls);
        Assert.Empty(Directory.GetFiles(folder.Path)); // neither a target nor a temporary file
    }

    [Fact]
    public void When_the_Word_renderer_fails_the_previous_files_stay_as_they_were()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.Combine("spm-346.pdf"), "old pdf");
        File.WriteAllText(folder.Combine("spm-346.docx"), "old docx");
        var calls = new List<string>();

        var failure = Assert.Throws<InvalidOperationException>(() => Generator.Generate(RepositoryPaths.Spm346Dataset, folder.Path,
            [(".pdf", Writes(1, calls, "pdf")), (".docx", Fails("docx broke", calls, "docx"))]));

        Assert.Equal("docx broke", failure.Message);
        Assert.Equal(["pdf", "docx"], calls);
        Assert.Equal("old pdf", File.ReadAllText(folder.Combine("spm-346.pdf")));
        Assert.Equal("old docx", File.ReadAllText(folder.Combine("spm-346.docx")));
        Assert.Equal(2, Directory.GetFiles(folder.Path).Length);
    }

    [Fact]
    public void Both_documents_are_rendered_one_after_the_other_into_their_files()
    {
        using var folder = new TemporaryFolder();
        var calls = new List<string>();

        var result = Generator.Generate(RepositoryPaths.Spm346Dataset, folder.Path,
            [(".pdf", Writes(1, calls, "pdf")), (".docx", Writes(2, calls, "docx"))]);

        Assert.Null(result.WriteError);
        Assert.Equal(["pdf", "docx"], calls);
        Assert.Equal([folder.Combine("spm-346.pdf"), folder.Combine("spm-346.docx")], result.Written);
        Assert.Equal([1], File.ReadAllBytes(folder.Combine("spm-346.pdf")));
        Assert.Equal([2], File.ReadAllBytes(folder.Combine("spm-346.docx")));
    }

    [Fact]
    public void The_formats_ask_for_their_renderers_PDF_first()
    {
        Assert.Equal([".pdf", ".docx"], Generator.Renderers(OutputFormat.All).Select(r => r.Extension));
        Assert.Equal([".pdf"], Generator.Renderers(OutputFormat.Pdf).Select(r => r.Extension));
        Assert.Equal([".docx"], Generator.Renderers(OutputFormat.Docx).Select(r => r.Extension));
    }
}
