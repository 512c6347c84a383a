using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace BedreBalance.Rendering.Docx.Packaging;

/// <summary>
/// Writes the .docx's parts straight into a deterministic zip, in one pass: the Open XML SDK's elements are
/// serialised part by part into the zip entry that holds them. The SDK's own package save (System.IO.Packaging)
/// was 41 % of the Word renderer's time at 10.000 rows, made a full copy that then had to be repacked, and drew
/// random relationship ids; here every id is fixed and the package's own parts ([Content_Types].xml, the
/// relationships) are written as System.IO.Packaging wrote them, byte for byte, so Word and the golden package
/// snapshot see the same parts as before.
/// </summary>
internal static class DocxPackage
{
    // Relationship ids, fixed so that the same letter always yields the same package.
    public const string MainDocumentId = "rId1";
    public const string CorePropertiesId = "rId2";
    public const string StylesId = "rId1";
    public const string SettingsId = "rId2";
    public const string FooterId = "rId3";

    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string PackageRelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRelationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string MainDocumentContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string WordContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    public sealed record Parts(W.Body Body, W.Footer Footer, byte[] Styles, byte[] Settings, byte[] CoreProperties);

    public static void Write(Parts parts, Stream output)
    {
        var root = new W.Document(parts.Body);
        // Declared once on the root, as Word does, instead of on each element that uses it.
        root.AddNamespaceDeclaration("r", RelationshipsNamespace);

        // In ordinal name order, as DeterministicZip requires.
        var zip = new DeterministicZip(output);
        zip.Add("[Content_Types].xml", ContentTypes);
        zip.Add("_rels/.rels", stream => WriteRelationships(stream,
            ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "/word/document.xml", MainDocumentId),
            ("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "/docProps/core.xml", CorePropertiesId)));
        zip.Add("docProps/core.xml", parts.CoreProperties);
        zip.Add("word/_rels/document.xml.rels", stream => WriteRelationships(stream,
            (OfficeRelationshipType + "styles", "/word/styles.xml", StylesId),
            (OfficeRelationshipType + "settings", "/word/settings.xml", SettingsId),
            (OfficeRelationshipType + "footer", "/word/footer1.xml", FooterId)));
        zip.Add("word/document.xml", stream => WriteElement(stream, root));
        zip.Add("word/footer1.xml", stream => WriteElement(stream, parts.Footer));
        zip.Add("word/settings.xml", parts.Settings);
        zip.Add("word/styles.xml", parts.Styles);
        zip.Finish();
    }

    /// <summary>A part's root element as the SDK saves it: declaration without "standalone", no BOM, no indentation.</summary>
    private static void WriteElement(Stream stream, OpenXmlElement element)
    {
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false });
        writer.WriteStartDocument();
        element.WriteTo(writer);
    }

    /// <summary>Package-level XML as System.IO.Packaging writes it: with a BOM and a declaration without "standalone".</summary>
    private static XmlWriter PackageXmlWriter(Stream stream)
    {
        var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(true), CloseOutput = false });
        writer.WriteStartDocument();
        return writer;
    }

    private static void ContentTypes(Stream stream)
    {
        using var writer = PackageXmlWriter(stream);
        writer.WriteStartElement("Types", ContentTypesNamespace);
        // The main document's type as the default for .xml: System.IO.Packaging's choice, kept so the part is unchanged.
        Default(writer, "xml", MainDocumentContentType);
        Default(writer, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        Override(writer, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        Override(writer, "/word/styles.xml", WordContentType + "styles+xml");
        Override(writer, "/word/settings.xml", WordContentType + "settings+xml");
        Override(writer, "/word/footer1.xml", WordContentType + "footer+xml");
        writer.WriteEndElement();

        static void Default(XmlWriter writer, string extension, string contentType)
        {
            writer.WriteStartElement("Default", ContentTypesNamespace);
            writer.WriteAttributeString("Extension", extension);
            writer.WriteAttributeString("ContentType", contentType);
            writer.WriteEndElement();
        }

        static void Override(XmlWriter writer, string partName, string contentType)
        {
            writer.WriteStartElement("Override", ContentTypesNamespace);
            writer.WriteAttributeString("PartName", partName);
            writer.WriteAttributeString("ContentType", contentType);
            writer.WriteEndElement();
        }
    }

    private static void WriteRelationships(Stream stream, params (string Type, string Target, string Id)[] relationships)
    {
        using var writer = PackageXmlWriter(stream);
        writer.WriteStartElement("Relationships", PackageRelationshipsNamespace);
        foreach (var (type, target, id) in relationships)
        {
            writer.WriteStartElement("Relationship", PackageRelationshipsNamespace);
            writer.WriteAttributeString("Type", type);
            writer.WriteAttributeString("Target", target);
            writer.WriteAttributeString("Id", id);
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    }
}
