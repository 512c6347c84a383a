using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using ApprovalTests;
using Xunit;

namespace BedreBalance.Rendering.Docx.Tests;

/// <summary>
/// Every part of the package as indented XML, in the zip's order: a change to any byte of the .docx shows here
/// as a line diff, where the readable snapshot shows only what a reader sees.
/// </summary>
public sealed class GoldenPackageTests
{
    [Fact]
    public void Every_part_of_the_letters_package()
    {
        using var zip = new ZipArchive(new MemoryStream(Rendered.Letter), ZipArchiveMode.Read);
        var text = new StringBuilder();
        foreach (var entry in zip.Entries)
        {
            text.Append("=== ").Append(entry.FullName).Append(" (").Append(entry.Length).Append(" bytes)\n");
            using var stream = entry.Open();
            text.Append(Indented(XDocument.Load(stream))).Append('\n');
        }
        Approvals.Verify(text.ToString());
    }

    private static string Indented(XDocument document)
    {
        var output = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", OmitXmlDeclaration = true, NewLineOnAttributes = false };
        using (var writer = XmlWriter.Create(output, settings))
        {
            document.Save(writer);
        }
        return output.ToString();
    }
}
