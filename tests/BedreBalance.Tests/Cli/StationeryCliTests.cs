using System.IO.Compression;
using System.Text;
using Xunit;

namespace BedreBalance.Tests.Cli;

/// <summary><c>generate</c> and <c>validate</c> with a ministry's letterhead and Word template (the fictitious fixture's).</summary>
public class StationeryCliTests
{
    private static readonly string Fixture = RepositoryPaths.InRoot("tests", "data", "spm-346-brevpapir");

    private static (TemporaryFolder Folder, string Dataset) CopyOfFixture()
    {
        var folder = new TemporaryFolder();
        return (folder, folder.CopyOf(Fixture, "spm-346-brevpapir"));
    }

    [Fact]
    public void A_letterhead_named_relative_to_the_current_folder_is_pointed_to_there_not_in_the_dataset()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.Combine("brevpapir.pdf"), "ikke en pdf");
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, folder.Combine("brevpapir.pdf"));
        Assert.False(Path.IsPathRooted(relative));

        var run = CliRunner.Run("generate", RepositoryPaths.Spm346Dataset, "--out", folder.Combine("ud"), "--brevpapir", relative, "--skabelon", relative + ".findes-ikke");

        Assert.StartsWith(folder.Combine("brevpapir.pdf") + ": error: " + relative + " is not a PDF file", run.Error, StringComparison.Ordinal);
        Assert.Contains(folder.Combine("brevpapir.pdf.findes-ikke") + ": error: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_fixture_is_generated_on_its_paper_in_its_template_and_twice_alike()
    {
        using var folder = new TemporaryFolder();
        var first = CliRunner.Run("generate", Fixture, "--out", folder.Combine("a"));
        var second = CliRunner.Run("generate", Fixture, "--out", folder.Combine("b"));
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        foreach (var extension in new[] { ".pdf", ".docx" })
        {
            Assert.Equal(File.ReadAllBytes(folder.Combine("a", "spm-346-brevpapir" + extension)), File.ReadAllBytes(folder.Combine("b", "spm-346-brevpapir" + extension)));
        }
        var pdf = Encoding.Latin1.GetString(File.ReadAllBytes(folder.Combine("a", "spm-346-brevpapir.pdf")));
        Assert.Contains("/Subtype/Form", pdf);
        Assert.Contains("+Carlito", pdf); // the template's Calibri, matched
        using var docx = ZipFile.OpenRead(folder.Combine("a", "spm-346-brevpapir.docx"));
        Assert.Equal(2, docx.Entries.Count(e => e.FullName.StartsWith("word/header", StringComparison.Ordinal)));
        // No complaint about the stationery (the dataset's own path, printed before each diagnostic, names "brevpapir").
        Assert.DoesNotContain("brevpapir.pdf", first.Error);
        Assert.DoesNotContain("skabelon.", first.Error);
    }

    [Fact]
    public void A_refused_letterhead_is_an_error_naming_the_file_and_nothing_is_written()
    {
        var (folder, dataset) = CopyOfFixture();
        using (folder)
        {
            File.WriteAllText(Path.Combine(dataset, "brevpapir.pdf"), "not a pdf");
            var outcome = CliRunner.Run("generate", dataset, "--out", folder.Combine("out"));
            Assert.Equal(1, outcome.ExitCode);
            Assert.Contains("brevpapir.pdf: error: brevpapir.pdf is not a PDF file", outcome.Error);
            Assert.False(Directory.Exists(folder.Combine("out")));
            Assert.Equal(1, CliRunner.Run("validate", dataset).ExitCode);
        }
    }

    [Fact]
    public void The_command_line_names_a_letterhead_for_a_dataset_without_one()
    {
        using var folder = new TemporaryFolder();
        var letterhead = Path.Combine(Fixture, "brevpapir.pdf");
        var outcome = CliRunner.Run("generate", RepositoryPaths.Spm346Dataset, "--out", folder.Path, "--brevpapir", letterhead, "--format", "pdf");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("/Subtype/Form", Encoding.Latin1.GetString(File.ReadAllBytes(folder.Combine("spm-346.pdf"))));
        // The shipped brev.md has no side: margins, so the text may run over the logo: said, not refused.
        Assert.Contains("brev.md: warning: side: A letterhead lies under the letter, but \"side:\" gives no \"top-første\"", outcome.Error);
        var missing = CliRunner.Run("generate", RepositoryPaths.Spm346Dataset, "--out", folder.Path, "--brevpapir", folder.Combine("nowhere.pdf"));
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("nowhere.pdf does not exist", missing.Error);
    }

    [Fact]
    public void A_template_body_font_without_a_match_is_a_warning_naming_the_pdfs_font()
    {
        var (folder, dataset) = CopyOfFixture();
        using (folder)
        {
            RewriteTheme(Path.Combine(dataset, "skabelon.dotx"), "Calibri", "Garamond");
            var outcome = CliRunner.Run("generate", dataset, "--out", folder.Combine("out"));
            Assert.Equal(0, outcome.ExitCode);
            Assert.Contains("skabelon.dotx: warning: skabelon.dotx: the template's body font \"Garamond\" has no metric-compatible font", outcome.Error);
            Assert.Contains("the PDF uses Liberation Serif", outcome.Error);
            Assert.Contains("+Liberation#20Serif", Encoding.Latin1.GetString(File.ReadAllBytes(folder.Combine("out", "spm-346-brevpapir.pdf"))));
            Assert.Equal(1, CliRunner.Run("validate", dataset, "--strict").ExitCode);
        }
    }

    [Fact]
    public void A_template_in_Arial_sets_the_pdf_in_Liberation_Sans()
    {
        var (folder, dataset) = CopyOfFixture();
        using (folder)
        {
            RewriteTheme(Path.Combine(dataset, "skabelon.dotx"), "Calibri", "Arial");
            var outcome = CliRunner.Run("generate", dataset, "--out", folder.Combine("out"), "--format", "pdf");
            Assert.Equal(0, outcome.ExitCode);
            var pdf = Encoding.Latin1.GetString(File.ReadAllBytes(folder.Combine("out", "spm-346-brevpapir.pdf")));
            Assert.Contains("+Liberation#20Sans", pdf);
            Assert.DoesNotContain("+Liberation#20Serif", pdf);
        }
    }

    [Fact]
    public void Two_templates_in_one_dataset_are_an_error()
    {
        var (folder, dataset) = CopyOfFixture();
        using (folder)
        {
            File.Copy(Path.Combine(dataset, "skabelon.dotx"), Path.Combine(dataset, "skabelon.docx"));
            var outcome = CliRunner.Run("validate", dataset);
            Assert.Equal(1, outcome.ExitCode);
            Assert.Contains("holds both skabelon.dotx and skabelon.docx", outcome.Error);
        }
    }

    [Fact]
    public void The_fixture_is_valid() => Assert.Equal(0, CliRunner.Run("validate", Fixture).ExitCode);

    private static void RewriteTheme(string template, string from, string to)
    {
        using var zip = ZipFile.Open(template, ZipArchiveMode.Update);
        var entry = zip.GetEntry("word/theme/theme1.xml")!;
        string xml;
        using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry("word/theme/theme1.xml").Open(), new UTF8Encoding(false));
        writer.Write(xml.Replace($"typeface=\"{from}\"", $"typeface=\"{to}\"", StringComparison.Ordinal));
    }
}
