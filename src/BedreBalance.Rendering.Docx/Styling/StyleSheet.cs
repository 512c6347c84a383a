using System.Xml.Linq;
using BedreBalance.Rendering.Docx.Packaging;

namespace BedreBalance.Rendering.Docx.Styling;

/// <summary>Reads the embedded styles.xml and settings.xml, the parts of the package kept as readable XML.</summary>
internal static class StyleSheet
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>styles.xml with the document's language on the default run properties (proofing, hyphenation).</summary>
    public static byte[] Styles(string language)
    {
        var styles = XDocument.Parse(Resource("styles.xml"));
        var lang = styles.Root!.Element(W + "docDefaults")!.Element(W + "rPrDefault")!.Element(W + "rPr")!.Element(W + "lang")!;
        lang.SetAttributeValue(W + "val", language);
        lang.SetAttributeValue(W + "eastAsia", language);
        return XmlBytes.Of(styles);
    }

    public static byte[] Settings() => XmlBytes.Of(XDocument.Parse(Resource("settings.xml")));

    private static string Resource(string name)
    {
        using var stream = typeof(StyleSheet).Assembly.GetManifestResourceStream("BedreBalance.Rendering.Docx." + name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
