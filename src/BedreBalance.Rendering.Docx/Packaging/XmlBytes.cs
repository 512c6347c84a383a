using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace BedreBalance.Rendering.Docx.Packaging;

/// <summary>Serialises hand-built parts the same way on every machine: UTF-8 without BOM, no indentation, "\n".</summary>
internal static class XmlBytes
{
    public static byte[] Of(XDocument document)
    {
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = false,
            NewLineChars = "\n",
            OmitXmlDeclaration = false,
        };
        using (var writer = XmlWriter.Create(buffer, settings))
        {
            // Comments in the repository's XML are for reviewers, not for Word.
            var copy = new XDocument(document);
            copy.DescendantNodes().OfType<XComment>().ToList().ForEach(c => c.Remove());
            copy.Declaration = new XDeclaration("1.0", "utf-8", "yes");
            copy.Save(writer);
        }
        return buffer.ToArray();
    }
}
