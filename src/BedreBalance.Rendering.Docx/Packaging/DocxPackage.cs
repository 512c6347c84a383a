using BedreBalance.Packaging;
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

    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string MainDocumentContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    public sealed record Parts(W.Body Body, W.Footer Footer, byte[] Styles, byte[] Settings, byte[] CoreProperties);

    public static void Write(Parts parts, Stream output)
    {
        using var package = new MemoryStream();
        using (var document = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document, autoSave: true))
        {
            var main = document.AddNewPart<MainDocumentPart>(MainDocumentContentType, MainDocumentId);
            Feed(document.AddNewPart<CoreFilePropertiesPart>(CorePropertiesId), parts.CoreProperties);
            Feed(main.AddNewPart<StyleDefinitionsPart>(StylesId), parts.Styles);
            Feed(main.AddNewPart<DocumentSettingsPart>(SettingsId), parts.Settings);
            var footer = main.AddNewPart<FooterPart>(FooterId);
            footer.Footer = parts.Footer;
            var root = new W.Document(parts.Body);
            // Declared once on the root, as Word does, instead of on each element that uses it.
            root.AddNamespaceDeclaration("r", RelationshipsNamespace);
            main.Document = root;
        }
        package.Position = 0;
        DeterministicZip.Repack(package, output);
    }

    private static void Feed(OpenXmlPart part, byte[] xml)
    {
        using var stream = new MemoryStream(xml, writable: false);
        part.FeedData(stream);
    }
}
