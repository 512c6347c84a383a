using System.Globalization;
using System.Xml;

namespace BedreBalance.Rendering.Docx.Body;

/// <summary>
/// Writes WordprocessingML elements straight to an <see cref="XmlWriter"/>, with the calls the Open XML SDK makes when
/// it saves its own elements: the "w" prefix, attributes in the schema's order, text through <see cref="XmlWriter.WriteString"/>.
/// The body is written this way, element by element as it is produced, because building the SDK's element tree
/// for every table row and then saving it cost most of the Word renderer's time and memory at 10.000 rows; what
/// comes out is the same bytes as the SDK's (the golden package snapshot and the pinned hashes check it).
/// </summary>
internal sealed class WordXml(XmlWriter writer)
{
    public const string Namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Prefix = "w";
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    public XmlWriter Writer { get; } = writer;

    public void Start(string localName) => Writer.WriteStartElement(Prefix, localName, Namespace);

    public void End() => Writer.WriteEndElement();

    public void Attribute(string localName, string value) => Writer.WriteAttributeString(Prefix, localName, Namespace, value);

    public void Attribute(string localName, int value) => Attribute(localName, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>An element without attributes or content: <c>&lt;w:keepNext /&gt;</c>.</summary>
    public void Empty(string localName)
    {
        Start(localName);
        End();
    }

    /// <summary>An element with one attribute and no content: <c>&lt;w:pStyle w:val="Heading1" /&gt;</c>.</summary>
    public void Empty(string localName, string attribute, string value)
    {
        Start(localName);
        Attribute(attribute, value);
        End();
    }

    /// <summary>A width in twips: <c>&lt;w:tcW w:w="4540" w:type="dxa" /&gt;</c> and its kin.</summary>
    public void Width(string localName, int twips) => Width(localName, twips.ToString(CultureInfo.InvariantCulture));

    /// <inheritdoc cref="Width(string, int)"/>
    public void Width(string localName, string twips)
    {
        Start(localName);
        Attribute("w", twips);
        Attribute("type", "dxa");
        End();
    }

    /// <summary>A single 0.5 pt rule: <c>&lt;w:bottom w:val="single" w:color="auto" w:sz="4" w:space="0" /&gt;</c>.</summary>
    public void Rule(string side)
    {
        Start(side);
        Attribute("val", "single");
        Attribute("color", "auto");
        Attribute("sz", "4");
        Attribute("space", "0");
        End();
    }

    /// <summary>
    /// A <c>w:t</c> (or a field's <c>w:instrText</c>); with <c>xml:space="preserve"</c> when the text starts or ends in
    /// white space, which Word would otherwise drop, gluing runs like "Kommune" + "1" wrongly.
    /// </summary>
    public void Text(string text, string localName = "t")
    {
        Start(localName);
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
        {
            Writer.WriteAttributeString("xml", "space", XmlNamespace, "preserve");
        }
        Writer.WriteString(text);
        End();
    }
}
