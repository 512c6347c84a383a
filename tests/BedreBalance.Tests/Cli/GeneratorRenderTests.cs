using BedreBalance.Cli;
using BedreBalance.Document;
using Xunit;

namespace BedreBalance.Tests.Cli;

/// <summary>Rendering both documents at once: a failure of either renderer is seen, also when both fail.</summary>
public class GeneratorRenderTests
{
    private static readonly LetterDocument Letter = new(
        new DocumentMetadata("Titel", "Minister", "Emne", "da-DK", new DateTimeOffset(2019, 1, 28, 0, 0, 0, TimeSpan.Zero)),
        PageGeometry.A4Letter,
        [new Paragraph(Styles.Normal, [new Run("Tekst.")])]);

    private static void Writes(byte value, Stream output) => output.WriteByte(value);

    [Fact]
    public void When_both_renderers_fail_both_failures_are_reported()
    {
        var failure = Assert.Throws<AggregateException>(() => Generator.Render(Letter, OutputFormat.All,
            (_, _) => throw new InvalidOperationException("pdf broke"),
            (_, _) => throw new InvalidOperationException("docx broke")));

        Assert.Equal(["pdf broke", "docx broke"], failure.InnerExceptions.Select(e => e.Message));
    }

    [Fact]
    public void When_only_the_Word_renderer_fails_its_own_exception_is_rethrown()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => Generator.Render(Letter, OutputFormat.All,
            (_, output) => Writes(1, output),
            (_, _) => throw new InvalidOperationException("docx broke")));

        Assert.Equal("docx broke", failure.Message);
    }

    [Fact]
    public void When_only_the_PDF_renderer_fails_the_Word_task_is_still_awaited()
    {
        var wordFinished = false;
        var failure = Assert.Throws<InvalidOperationException>(() => Generator.Render(Letter, OutputFormat.All,
            (_, _) => throw new InvalidOperationException("pdf broke"),
            // The pause makes the Word renderer finish well after the PDF failed: unobserved before the fix.
            (_, output) => { Thread.Sleep(50); Writes(2, output); wordFinished = true; }));

        Assert.Equal("pdf broke", failure.Message);
        Assert.True(wordFinished);
    }

    [Fact]
    public void Both_documents_come_back_in_order_when_both_render()
    {
        var rendered = Generator.Render(Letter, OutputFormat.All, (_, output) => Writes(1, output), (_, output) => Writes(2, output));

        Assert.Equal([(".pdf", new byte[] { 1 }), (".docx", new byte[] { 2 })], rendered.Select(r => (r.Extension, r.Bytes)).ToList(), new RenderedComparer());
    }

    private sealed class RenderedComparer : IEqualityComparer<(string Extension, byte[] Bytes)>
    {
        public bool Equals((string Extension, byte[] Bytes) x, (string Extension, byte[] Bytes) y) => x.Extension == y.Extension && x.Bytes.SequenceEqual(y.Bytes);

        public int GetHashCode((string Extension, byte[] Bytes) obj) => obj.Extension.GetHashCode(StringComparison.Ordinal);
    }
}
