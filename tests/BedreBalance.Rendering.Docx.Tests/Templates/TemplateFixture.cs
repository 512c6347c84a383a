using System.IO.Compression;
using System.Text;
using BedreBalance.Rendering.Docx.Templates;

namespace BedreBalance.Rendering.Docx.Tests.Templates;

/// <summary>The fictitious Eksempelministeriet's template (tests/data/spm-346-brevpapir/skabelon.dotx), and variants of it.</summary>
internal static class TemplateFixture
{
    private const double Cm = 72 / 2.54;

    public static byte[] Bytes { get; } = File.ReadAllBytes(RepositoryPaths.InRoot("tests", "data", "spm-346-brevpapir", "skabelon.dotx"));

    public static WordTemplate Template { get; } = WordTemplate.Read(Bytes, "skabelon.dotx").Template
        ?? throw new InvalidOperationException("The fixture template is refused.");

    /// <summary>The letter with brev.md's side: margins of the fixture dataset: 5,5 cm above the text on page 1.</summary>
    public static Document.LetterDocument Letter { get; } = TestLetter.Create() with
    {
        Page = Template.Page(Document.PageGeometry.A4Letter) with { FirstPageMarginTop = 5.5 * Cm },
    };

    public static byte[] Render(Document.LetterDocument document, WordTemplate? template)
    {
        using var output = new MemoryStream();
        DocxRenderer.Render(document, output, template);
        return output.ToArray();
    }

    /// <summary>The template with one part's text changed, as a ministry's own template might differ.</summary>
    public static byte[] With(string partName, Func<string, string> change)
    {
        using var input = new ZipArchive(new MemoryStream(Bytes), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                using var stream = entry.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                var bytes = copy.ToArray();
                if (entry.FullName == partName) bytes = Encoding.UTF8.GetBytes(change(Encoding.UTF8.GetString(bytes)));
                using var target = archive.CreateEntry(entry.FullName).Open();
                target.Write(bytes);
            }
        }
        return output.ToArray();
    }
}
