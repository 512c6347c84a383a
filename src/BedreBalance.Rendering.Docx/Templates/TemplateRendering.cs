using System.Globalization;
using System.Xml.Linq;
using BedreBalance.Rendering.Docx.Body;
using BedreBalance.Rendering.Docx.Packaging;
using BedreBalance.Rendering.Docx.Styling;
using Model = BedreBalance.Document;

namespace BedreBalance.Rendering.Docx.Templates;

/// <summary>
/// The package's parts when the letter is set in a ministry's template, or when its first page starts at another
/// height than the rest. Word has one top margin per section and cannot give the first page its own, so the section's
/// top margin is the smaller of the two, and the header of the page that starts lower ends in an empty paragraph of
/// exact height reaching down to that page's top margin: Word starts the text below a header that reaches past the margin.
/// </summary>
internal static class TemplateRendering
{
    private static readonly XNamespace W = WordTemplate.W;
    // Template parts get ids of their own, clear of the letter's fixed ones (rId1–rId4).
    private const int FirstTemplateId = 10;

    public static DocxPackage.Parts Parts(Model.LetterDocument document, PageLayout layout, WordTemplate? template)
    {
        var language = document.Metadata.Language;
        var ourStyles = XDocument.Parse(System.Text.Encoding.UTF8.GetString(StyleSheet.Styles(language)));
        IReadOnlyDictionary<string, string> idMap = new Dictionary<string, string>();
        var styles = template?.Styles is { } theirs ? StyleMerge.Merge(ourStyles, theirs, language, out idMap) : ourStyles;

        var setup = template?.PageSetup;
        var headerDistance = setup?.HeaderDistance ?? PageLayout.DefaultDistance;
        var footerDistance = setup?.FooterDistance ?? PageLayout.DefaultDistance;
        var parts = new List<(string Type, bool IsHeader, XDocument Xml, IReadOnlyList<TemplateImage> Images, IReadOnlyList<TemplateLink> Links)>();
        foreach (var part in template?.HeadersAndFooters ?? [])
        {
            var xml = new XDocument(part.Xml);
            StyleMerge.Remap(xml, idMap);
            parts.Add((part.Type, part.IsHeader, xml, part.Images, part.Links));
        }

        // The header of the page that starts lower reaches down to its top margin.
        var titlePage = (setup?.TitlePage ?? false) || layout.FirstPageDiffers;
        var top = Math.Min(layout.MarginTop, layout.FirstPageMarginTop);
        if (layout.FirstPageDiffers)
        {
            var lowerType = layout.FirstPageMarginTop > layout.MarginTop ? "first" : "default";
            var reach = Math.Max(layout.MarginTop, layout.FirstPageMarginTop);
            var index = parts.FindIndex(p => p.IsHeader && p.Type == lowerType);
            if (index < 0 && lowerType == "first" && parts.FindIndex(p => p.IsHeader && p.Type == "default") is >= 0 and var fallback && !(setup?.TitlePage ?? false))
            {
                // The template has one header for all pages; the first page shows it too, with the room reserved below it.
                parts.Add(("first", true, new XDocument(parts[fallback].Xml), parts[fallback].Images, parts[fallback].Links));
                index = parts.Count - 1;
            }
            if (index < 0)
            {
                parts.Add((lowerType, true, new XDocument(new XElement(W + "hdr", new XAttribute(XNamespace.Xmlns + "w", W))), [], []));
                index = parts.Count - 1;
            }
            AddSpacer(parts[index].Xml, reach - headerDistance - HeaderFlow.Height(parts[index].Xml, styles));
        }

        var includeOwnFooter = !parts.Any(p => !p.IsHeader && p.Type == "default");
        var references = new List<HeaderFooterReference>();
        var headersAndFooters = new List<DocxPackage.HeaderFooter>();
        var nextId = FirstTemplateId;
        // Headers before footers, default before first: the order Word writes them.
        foreach (var part in parts.OrderBy(p => p.IsHeader ? 0 : 1).ThenBy(p => p.Type == "default" ? 0 : 1))
        {
            var id = "rId" + (nextId++).ToString(CultureInfo.InvariantCulture);
            headersAndFooters.Add(new DocxPackage.HeaderFooter(id, part.IsHeader, XmlBytes.Of(part.Xml), part.Images, part.Links));
            references.Add(Reference(part.IsHeader, part.Type, id));
        }
        if (includeOwnFooter)
        {
            references.Add(Reference(false, "default", DocxPackage.FooterId));
        }
        if (titlePage && !parts.Any(p => !p.IsHeader && p.Type == "first"))
        {
            // With a first-page header, Word leaves the first page without a footer unless told; the PDF numbers page 1 too.
            var defaultFooter = references.FirstOrDefault(r => !r.IsHeader && r.Type == "default");
            if (defaultFooter is not null) references.Add(Reference(false, "first", defaultFooter.RelationshipId));
        }

        var section = layout.Section(references, top, headerDistance, footerDistance, titlePage);
        return new DocxPackage.Parts(
            Body: BodyWriter.Plan(document, layout, section),
            Styles: XmlBytes.Of(styles),
            Settings: StyleSheet.Settings(),
            CoreProperties: CoreProperties.Xml(document.Metadata))
        {
            IncludeOwnFooter = includeOwnFooter,
            HeadersAndFooters = headersAndFooters,
            Theme = template?.Theme,
        };
    }

    /// <summary>A template's part of any other type (such as "even") is shown on the default pages.</summary>
    private static HeaderFooterReference Reference(bool isHeader, string type, string id) =>
        new(isHeader, type == "first" ? "first" : "default", id);

    /// <summary>An empty paragraph of exactly <paramref name="height"/> twips at the header's end; nothing when there is no room to add.</summary>
    private static void AddSpacer(XDocument header, int height)
    {
        if (height < 20) return;
        header.Root!.Add(new XElement(W + "p",
            new XElement(W + "pPr",
                new XElement(W + "spacing",
                    new XAttribute(W + "before", "0"),
                    new XAttribute(W + "after", "0"),
                    new XAttribute(W + "line", height.ToString(CultureInfo.InvariantCulture)),
                    new XAttribute(W + "lineRule", "exact")))));
    }
}

/// <summary>
/// How far a header's own paragraphs reach below the header distance, in twips: what Word adds before the spacer.
/// Framed paragraphs and floating pictures are placed on the page and take no room. A paragraph of exact line height
/// counts that height; any other counts one line of its font size (×1.2) with its spacing. Tables count nothing.
/// </summary>
internal static class HeaderFlow
{
    private static readonly XNamespace W = WordTemplate.W;

    public static int Height(XDocument header, XDocument styles)
    {
        var total = 0;
        foreach (var paragraph in header.Root!.Elements(W + "p"))
        {
            var pPr = paragraph.Element(W + "pPr");
            if (pPr?.Element(W + "framePr") is not null) continue;
            var chain = StyleChain(styles, (string?)pPr?.Element(W + "pStyle")?.Attribute(W + "val")).ToList();
            var spacings = new[] { pPr?.Element(W + "spacing") }.Concat(chain.Select(s => s.Element(W + "pPr")?.Element(W + "spacing")))
                .Append(styles.Root?.Element(W + "docDefaults")?.Element(W + "pPrDefault")?.Element(W + "pPr")?.Element(W + "spacing"))
                .ToList();
            int? Spacing(string name) => spacings.Select(s => (int?)s?.Attribute(W + name)).FirstOrDefault(v => v is not null);
            string? Rule() => spacings.Select(s => (string?)s?.Attribute(W + "lineRule")).FirstOrDefault(v => v is not null);
            var size = new[] { paragraph.Element(W + "r")?.Element(W + "rPr")?.Element(W + "sz") }
                .Concat(chain.Select(s => s.Element(W + "rPr")?.Element(W + "sz")))
                .Append(styles.Root?.Element(W + "docDefaults")?.Element(W + "rPrDefault")?.Element(W + "rPr")?.Element(W + "sz"))
                .Select(e => (int?)e?.Attribute(W + "val")).FirstOrDefault(v => v is not null) ?? 20;
            var line = Rule() == "exact" && Spacing("line") is { } exact ? exact : (int)Math.Round(size * 10 * 1.2);
            total += line + (Spacing("before") ?? 0) + (Spacing("after") ?? 0);
        }
        return total;
    }

    private static IEnumerable<XElement> StyleChain(XDocument styles, string? id)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        id ??= styles.Root?.Elements(W + "style")
            .FirstOrDefault(s => (string?)s.Attribute(W + "type") == "paragraph" && (string?)s.Attribute(W + "default") is "1" or "true")
            ?.Attribute(W + "styleId")?.Value;
        while (id is not null && seen.Add(id))
        {
            var style = styles.Root?.Elements(W + "style").FirstOrDefault(s => (string?)s.Attribute(W + "styleId") == id);
            if (style is null) yield break;
            yield return style;
            id = (string?)style.Element(W + "basedOn")?.Attribute(W + "val");
        }
    }
}
