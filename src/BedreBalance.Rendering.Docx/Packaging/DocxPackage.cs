using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace BedreBalance.Rendering.Docx.Packaging;

/// <summary>
/// Assembles the .docx's parts with the Open XML SDK, giving every relationship an explicit id (the SDK draws
/// random ones otherwise), then repacks the zip so the bytes depend on the content alone.
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
    private const string MainDocumentContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    public sealed record Parts(W.Body Body, W.Footer Footer, byte[] Styles, byte[] Settings, byte[] CoreProperties)
    {
        /// <summary>False when a template's footer takes the place of the letter's own.</summary>
        public bool IncludeOwnFooter { get; init; } = true;

        /// <summary>A template's headers and footers (and a header that reserves room on the first page); none without a template.</summary>
        public IReadOnlyList<HeaderFooter> HeadersAndFooters { get; init; } = [];

        public byte[]? Theme { get; init; }
    }

    /// <summary>A header or footer part under the main document, with the pictures and links its XML refers to.</summary>
    public sealed record HeaderFooter(string RelationshipId, bool IsHeader, byte[] Xml, IReadOnlyList<Templates.TemplateImage> Images, IReadOnlyList<Templates.TemplateLink> Links);

    public static void Write(Parts parts, Stream output)
    {
        using var package = new MemoryStream();
        using (var document = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document, autoSave: true))
        {
            var main = document.AddNewPart<MainDocumentPart>(MainDocumentContentType, MainDocumentId);
            Feed(document.AddNewPart<CoreFilePropertiesPart>(CorePropertiesId), parts.CoreProperties);
            Feed(main.AddNewPart<StyleDefinitionsPart>(StylesId), parts.Styles);
            Feed(main.AddNewPart<DocumentSettingsPart>(SettingsId), parts.Settings);
            if (parts.IncludeOwnFooter)
            {
                var footer = main.AddNewPart<FooterPart>(FooterId);
                footer.Footer = parts.Footer;
            }
            if (parts.Theme is { } theme)
            {
                Feed(main.AddNewPart<ThemePart>(ThemeId), theme);
            }
            AddHeadersAndFooters(main, parts.HeadersAndFooters);
            var root = new W.Document(parts.Body);
            // Declared once on the root, as Word does, instead of on each element that uses it.
            root.AddNamespaceDeclaration("r", RelationshipsNamespace);
            main.Document = root;
        }
        package.Position = 0;
        DeterministicZip.Repack(package, output);
    }

    /// <summary>Each picture is stored once, however many headers show it; every relationship keeps the template's id.</summary>
    private static void AddHeadersAndFooters(MainDocumentPart main, IReadOnlyList<HeaderFooter> headersAndFooters)
    {
        var images = new Dictionary<string, ImagePart>(StringComparer.Ordinal);
        foreach (var item in headersAndFooters)
        {
            OpenXmlPart part = item.IsHeader ? main.AddNewPart<HeaderPart>(item.RelationshipId) : main.AddNewPart<FooterPart>(item.RelationshipId);
            Feed(part, item.Xml);
            foreach (var image in item.Images)
            {
                var key = image.ContentType + ":" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(image.Bytes));
                if (images.TryGetValue(key, out var existing))
                {
                    part.AddPart(existing, image.RelationshipId);
                    continue;
                }
                var imagePart = part switch
                {
                    HeaderPart header => header.AddImagePart(image.ContentType, image.RelationshipId),
                    FooterPart footer => footer.AddImagePart(image.ContentType, image.RelationshipId),
                    _ => throw new InvalidOperationException("Only headers and footers carry a template's pictures."),
                };
                Feed(imagePart, image.Bytes);
                images.Add(key, imagePart);
            }
            foreach (var link in item.Links)
            {
                part.AddHyperlinkRelationship(link.Target, isExternal: true, link.RelationshipId);
            }
        }
    }

    private static void Feed(OpenXmlPart part, byte[] xml)
    {
        using var stream = new MemoryStream(xml, writable: false);
        part.FeedData(stream);
    }
}
