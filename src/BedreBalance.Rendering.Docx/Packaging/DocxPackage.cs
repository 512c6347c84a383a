using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using BedreBalance.Packaging;
using BedreBalance.Rendering.Docx.Body;

namespace BedreBalance.Rendering.Docx.Packaging;

/// <summary>
/// Writes the .docx's parts straight into a deterministic zip, in one pass, each into the zip entry that holds it:
/// the body of document.xml as <see cref="BodyWriter"/> streams it, the footer through the same <see cref="WordXml"/>.
/// The Open XML SDK's own package save (System.IO.Packaging) was 41 % of the Word renderer's time at 10.000 rows,
/// made a full copy that then had to be repacked, and drew random relationship ids; here every id is fixed and the package's own parts ([Content_Types].xml, the
/// relationships) are written as System.IO.Packaging wrote them, byte for byte, so Word and the golden package
/// snapshot see the same parts as before. A Word template adds its theme, headers and footers, and their pictures
/// (each stored once under word/media) and links, all under fixed ids.
/// </summary>
internal static class DocxPackage
{
    // Relationship ids, fixed so that the same letter always yields the same package.
    public const string MainDocumentId = "rId1";
    public const string CorePropertiesId = "rId2";
    public const string StylesId = "rId1";
    public const string SettingsId = "rId2";
    public const string FooterId = "rId3";
    public const string ThemeId = "rId4";

    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string PackageRelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRelationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string MainDocumentContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string WordContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    public sealed record Parts(BodyWriter Body, byte[] Styles, byte[] Settings, byte[] CoreProperties)
    {
        /// <summary>False when a template's footer takes the place of the letter's own.</summary>
        public bool IncludeOwnFooter { get; init; } = true;

        /// <summary>A template's headers and footers (and a header that reserves room on the first page); none without a template.</summary>
        public IReadOnlyList<HeaderFooter> HeadersAndFooters { get; init; } = [];

        public byte[]? Theme { get; init; }
    }

    /// <summary>A header or footer part under the main document, with the pictures and links its XML refers to.</summary>
    public sealed record HeaderFooter(string RelationshipId, bool IsHeader, byte[] Xml, IReadOnlyList<Templates.TemplateImage> Images, IReadOnlyList<Templates.TemplateLink> Links);

    /// <summary>A package part: its name in the zip, its content type and how its content is written.</summary>
    private sealed record Part(string Name, string ContentType, Action<Stream> Write);

    public static void Write(Parts parts, Stream output)
    {
        // The main document's relationships in the order the SDK wrote them: styles, settings, own footer, theme, template parts.
        var documentRelationships = new List<Relationship>
        {
            new(OfficeRelationshipType + "styles", "/word/styles.xml", StylesId),
            new(OfficeRelationshipType + "settings", "/word/settings.xml", SettingsId),
        };
        var overrides = new List<Part>();
        var footers = 0;
        if (parts.IncludeOwnFooter)
        {
            var name = "word/footer" + Number(++footers) + ".xml";
            overrides.Add(new Part(name, WordContentType + "footer+xml", WriteFooter));
            documentRelationships.Add(new(OfficeRelationshipType + "footer", "/" + name, FooterId));
        }
        if (parts.Theme is { } theme)
        {
            overrides.Add(new Part("word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml", stream => stream.Write(theme)));
            documentRelationships.Add(new(OfficeRelationshipType + "theme", "/word/theme/theme1.xml", ThemeId));
        }
        var media = new List<Part>();
        var relationshipParts = new List<Part>();
        var stored = new Dictionary<string, string>(StringComparer.Ordinal);
        var headers = 0;
        foreach (var item in parts.HeadersAndFooters)
        {
            var kind = item.IsHeader ? "header" : "footer";
            var name = "word/" + kind + Number(item.IsHeader ? ++headers : ++footers) + ".xml";
            var xml = item.Xml;
            overrides.Add(new Part(name, WordContentType + kind + "+xml", stream => stream.Write(xml)));
            documentRelationships.Add(new(OfficeRelationshipType + kind, "/" + name, item.RelationshipId));
            var own = new List<Relationship>();
            foreach (var image in item.Images)
            {
                // Each picture is stored once, however many headers and footers show it.
                var key = image.ContentType + ":" + Convert.ToHexString(SHA256.HashData(image.Bytes));
                if (!stored.TryGetValue(key, out var imageName))
                {
                    imageName = "word/media/image" + Number(media.Count + 1) + "." + ImageExtension(image.ContentType);
                    var bytes = image.Bytes;
                    media.Add(new Part(imageName, image.ContentType, stream => stream.Write(bytes)));
                    stored.Add(key, imageName);
                }
                own.Add(new(OfficeRelationshipType + "image", "/" + imageName, image.RelationshipId));
            }
            own.AddRange(item.Links.Select(link => new Relationship(OfficeRelationshipType + "hyperlink", link.Target.OriginalString, link.RelationshipId, External: true)));
            if (own.Count > 0)
            {
                relationshipParts.Add(new Part("word/_rels/" + kind + Number(item.IsHeader ? headers : footers) + ".xml.rels", "", stream => WriteRelationships(stream, own)));
            }
        }

        var entries = new List<Part>
        {
            new("[Content_Types].xml", "", stream => ContentTypes(stream, overrides, media)),
            new("_rels/.rels", "", stream => WriteRelationships(stream,
            [
                new("http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "/word/document.xml", MainDocumentId),
                new("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "/docProps/core.xml", CorePropertiesId),
            ])),
            new("docProps/core.xml", "", stream => stream.Write(parts.CoreProperties)),
            new("word/_rels/document.xml.rels", "", stream => WriteRelationships(stream, documentRelationships)),
            new("word/document.xml", "", stream => WriteDocument(stream, parts.Body)),
            new("word/settings.xml", "", stream => stream.Write(parts.Settings)),
            new("word/styles.xml", "", stream => stream.Write(parts.Styles)),
        };
        entries.AddRange(overrides);
        entries.AddRange(media);
        entries.AddRange(relationshipParts);
        // In ordinal name order, as DeterministicZip requires.
        entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        var zip = new DeterministicZip(output);
        foreach (var entry in entries)
        {
            zip.Add(entry.Name, entry.Write);
        }
        zip.Finish();
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>The file extension a picture is stored under; its content type is declared for it in [Content_Types].xml.</summary>
    private static string ImageExtension(string contentType) => contentType.ToLowerInvariant() switch
    {
        "image/png" => "png",
        "image/jpeg" => "jpeg",
        "image/gif" => "gif",
        "image/bmp" => "bmp",
        "image/tiff" => "tiff",
        "image/x-emf" => "emf",
        "image/x-wmf" => "wmf",
        "image/svg+xml" => "svg",
        _ => "bin",
    };

    /// <summary>
    /// A WordprocessingML part as the SDK saved it: declaration without "standalone", no BOM, no indentation. A newline
    /// in text is written as "\n" on every system (the default is the system's own), so the bytes do not depend on it.
    /// </summary>
    private static XmlWriter PartXmlWriter(Stream stream)
    {
        var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false, NewLineChars = "\n" });
        writer.WriteStartDocument();
        return writer;
    }

    private static void WriteFooter(Stream stream)
    {
        using var writer = PartXmlWriter(stream);
        PageLayout.WriteFooter(new WordXml(writer));
    }

    /// <summary>
    /// The main document part, its body streamed as it is written: the declaration and root as the SDK saved
    /// <c>w:document</c>, with "r" declared once on the root, as Word does, instead of on each element that uses it.
    /// </summary>
    private static void WriteDocument(Stream stream, BodyWriter body)
    {
        using var writer = PartXmlWriter(stream);
        var xml = new WordXml(writer);
        xml.Start("document");
        writer.WriteAttributeString("xmlns", "r", null, RelationshipsNamespace);
        body.WriteTo(xml);
        xml.End();
    }

    /// <summary>Package-level XML as System.IO.Packaging writes it: with a BOM and a declaration without "standalone".</summary>
    private static XmlWriter PackageXmlWriter(Stream stream)
    {
        var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(true), CloseOutput = false, NewLineChars = "\n" });
        writer.WriteStartDocument();
        return writer;
    }

    private static void ContentTypes(Stream stream, IReadOnlyList<Part> overrides, IReadOnlyList<Part> media)
    {
        using var writer = PackageXmlWriter(stream);
        writer.WriteStartElement("Types", ContentTypesNamespace);
        // The main document's type as the default for .xml: System.IO.Packaging's choice, kept so the part is unchanged.
        Default(writer, "xml", MainDocumentContentType);
        // Pictures by extension, as Word declares them; one whose type has no extension of its own gets an override.
        var pictures = media.Where(m => !m.Name.EndsWith(".bin", StringComparison.Ordinal)).ToList();
        foreach (var extension in pictures.GroupBy(m => Path.GetExtension(m.Name)[1..]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Default(writer, extension.Key, extension.First().ContentType);
        }
        Default(writer, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        Override(writer, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        Override(writer, "/word/styles.xml", WordContentType + "styles+xml");
        Override(writer, "/word/settings.xml", WordContentType + "settings+xml");
        foreach (var part in overrides.Concat(media.Except(pictures)))
        {
            Override(writer, "/" + part.Name, part.ContentType);
        }
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

    private sealed record Relationship(string Type, string Target, string Id, bool External = false);

    private static void WriteRelationships(Stream stream, IReadOnlyList<Relationship> relationships)
    {
        using var writer = PackageXmlWriter(stream);
        writer.WriteStartElement("Relationships", PackageRelationshipsNamespace);
        foreach (var relationship in relationships)
        {
            writer.WriteStartElement("Relationship", PackageRelationshipsNamespace);
            writer.WriteAttributeString("Type", relationship.Type);
            writer.WriteAttributeString("Target", relationship.Target);
            if (relationship.External)
            {
                writer.WriteAttributeString("TargetMode", "External");
            }
            writer.WriteAttributeString("Id", relationship.Id);
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    }
}
