using System.Globalization;
using System.Xml.Linq;
using Model = BedreBalance.Document;

namespace BedreBalance.Rendering.Docx.Packaging;

/// <summary>
/// docProps/core.xml written by hand: System.IO.Packaging's PackageProperties would add a randomly named part
/// and stamp the clock. Created and modified both come from the data, so the same letter gives the same bytes.
/// </summary>
internal static class CoreProperties
{
    private static readonly XNamespace Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace DcTerms = "http://purl.org/dc/terms/";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static byte[] Xml(Model.DocumentMetadata metadata)
    {
        var date = metadata.Created.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var root = new XElement(Cp + "coreProperties",
            new XAttribute(XNamespace.Xmlns + "cp", Cp),
            new XAttribute(XNamespace.Xmlns + "dc", Dc),
            new XAttribute(XNamespace.Xmlns + "dcterms", DcTerms),
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XElement(Dc + "title", metadata.Title),
            new XElement(Dc + "subject", metadata.Subject),
            new XElement(Dc + "creator", metadata.Author),
            new XElement(Dc + "language", metadata.Language),
            new XElement(Cp + "lastModifiedBy", metadata.Author),
            new XElement(DcTerms + "created", new XAttribute(Xsi + "type", "dcterms:W3CDTF"), date),
            new XElement(DcTerms + "modified", new XAttribute(Xsi + "type", "dcterms:W3CDTF"), date));
        return XmlBytes.Of(new XDocument(root));
    }
}
