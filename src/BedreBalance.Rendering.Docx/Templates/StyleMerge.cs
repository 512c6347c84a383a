using System.Xml.Linq;

namespace BedreBalance.Rendering.Docx.Templates;

/// <summary>
/// The letter's styles with the template's taking over. A template's built-in styles are matched to the letter's by
/// their built-in name ("heading 1", "caption", …), not by id: Danish Word saves Heading 1 as "Overskrift1". A matched
/// style keeps the letter's id (the body refers to it) and gets the template's definition; the template's other
/// styles come along under their own ids; the letter's styles the template lacks stay as they are.
/// The template gives the letter its look (typefaces, colours, headers and footers); the letter keeps its measures:
/// sizes, line heights, spacing, keeps, justification and hyphenation (<see cref="LetterMeasures"/>). The PDF sets
/// the letter in the template's typeface with its own measures, so Word must too, or the two documents would break
/// lines and pages in different places: a template whose Normal is flush left would otherwise undo the justified,
/// hyphenated body.
/// </summary>
internal static class StyleMerge
{
    private static readonly XNamespace W = WordTemplate.W;

    /// <param name="idMap">Template style id → id in the merged styles, for the template's headers and footers.</param>
    public static XDocument Merge(XDocument ours, XDocument template, string language, out IReadOnlyDictionary<string, string> idMap)
    {
        var ourRoot = ours.Root!;
        var theirRoot = template.Root!;
        var ourStyles = ourRoot.Elements(W + "style").ToList();
        var ourIds = ourStyles.Select(Id).ToHashSet(StringComparer.Ordinal);
        var builtIn = ourStyles
            .Where(s => (string?)s.Attribute(W + "customStyle") is not ("1" or "true"))
            .ToDictionary(Key, Id);

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var style in theirRoot.Elements(W + "style"))
        {
            var id = Id(style);
            if (id.Length == 0 || map.ContainsKey(id)) continue;
            if (builtIn.TryGetValue(Key(style), out var ourId))
            {
                map[id] = ourId;
            }
            else
            {
                // A template style that happens to share an id with one of the letter's own keeps its definition apart.
                var newId = id;
                for (var n = 2; ourIds.Contains(newId) || map.ContainsValue(newId); n++) newId = $"{id}Skabelon{(n == 2 ? "" : n)}";
                map[id] = newId;
            }
        }

        var merged = new XElement(theirRoot.Name, theirRoot.Attributes());
        var defaults = new XElement(theirRoot.Element(W + "docDefaults") ?? ourRoot.Element(W + "docDefaults")!);
        KeepLetterMeasures(defaults, ourRoot.Element(W + "docDefaults")!);
        SetLanguage(defaults, language);
        merged.Add(defaults);
        if (theirRoot.Element(W + "latentStyles") is { } latent) merged.Add(new XElement(latent));
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var style in theirRoot.Elements(W + "style"))
        {
            var id = Id(style);
            if (!map.TryGetValue(id, out var newId) || !taken.Add(newId)) continue;
            var copy = new XElement(style);
            copy.SetAttributeValue(W + "styleId", newId);
            // The template's own headers and footers are its business; the letter's text is ours.
            if (Key(style).Name is not ("header" or "footer") && ourStyles.FirstOrDefault(s => Id(s) == newId) is { } letters) KeepLetterMeasures(copy, letters);
            foreach (var reference in copy.Elements().Where(e => e.Name == W + "basedOn" || e.Name == W + "next" || e.Name == W + "link"))
            {
                if ((string?)reference.Attribute(W + "val") is { } target && map.TryGetValue(target, out var mapped)) reference.SetAttributeValue(W + "val", mapped);
            }
            merged.Add(copy);
        }
        foreach (var style in ourStyles.Where(s => !taken.Contains(Id(s))))
        {
            // The template's default style of this kind wins; the letter's must not claim to be a second default.
            var copy = new XElement(style);
            if (merged.Elements(W + "style").Any(s => (string?)s.Attribute(W + "type") == (string?)copy.Attribute(W + "type") && (string?)s.Attribute(W + "default") is "1" or "true"))
            {
                copy.Attribute(W + "default")?.Remove();
            }
            merged.Add(copy);
        }
        idMap = map;
        return new XDocument(new XDeclaration("1.0", "utf-8", "yes"), merged);
    }

    /// <summary>Points w:pStyle, w:rStyle and w:tblStyle of a template part at the merged ids.</summary>
    public static void Remap(XDocument part, IReadOnlyDictionary<string, string> idMap)
    {
        foreach (var element in part.Descendants().Where(e => e.Name == W + "pStyle" || e.Name == W + "rStyle" || e.Name == W + "tblStyle"))
        {
            if ((string?)element.Attribute(W + "val") is { } id && idMap.TryGetValue(id, out var mapped)) element.SetAttributeValue(W + "val", mapped);
        }
    }

    /// <summary>What the letter decides in a style it shares with the template, per properties element.</summary>
    private static readonly Dictionary<XName, XName[]> LetterMeasures = new()
    {
        [W + "pPr"] = [W + "keepNext", W + "keepLines", W + "widowControl", W + "suppressAutoHyphens", W + "spacing", W + "ind", W + "contextualSpacing", W + "jc"],
        [W + "rPr"] = [W + "sz", W + "szCs"],
    };

    /// <summary>The children of w:pPr and w:rPr in schema order (ECMA-376 Part 1, CT_PPrBase and CT_RPr), as far as they matter here.</summary>
    private static readonly Dictionary<XName, XName[]> SchemaOrder = new()
    {
        [W + "pPr"] =
        [
            W + "pStyle", W + "keepNext", W + "keepLines", W + "pageBreakBefore", W + "framePr", W + "widowControl", W + "numPr",
            W + "suppressLineNumbers", W + "pBdr", W + "shd", W + "tabs", W + "suppressAutoHyphens", W + "kinsoku", W + "wordWrap",
            W + "overflowPunct", W + "topLinePunct", W + "autoSpaceDE", W + "autoSpaceDN", W + "bidi", W + "adjustRightInd",
            W + "snapToGrid", W + "spacing", W + "ind", W + "contextualSpacing", W + "mirrorIndents", W + "suppressOverlap", W + "jc",
            W + "textDirection", W + "textAlignment", W + "textboxTightWrap", W + "outlineLvl", W + "divId", W + "cnfStyle", W + "rPr",
            W + "sectPr", W + "pPrChange",
        ],
        [W + "rPr"] =
        [
            W + "rStyle", W + "rFonts", W + "b", W + "bCs", W + "i", W + "iCs", W + "caps", W + "smallCaps", W + "strike", W + "dstrike",
            W + "outline", W + "shadow", W + "emboss", W + "imprint", W + "noProof", W + "snapToGrid", W + "vanish", W + "webHidden",
            W + "color", W + "spacing", W + "w", W + "kern", W + "position", W + "sz", W + "szCs", W + "highlight", W + "u", W + "effect",
            W + "bdr", W + "shd", W + "fitText", W + "vertAlign", W + "rtl", W + "cs", W + "em", W + "lang", W + "eastAsianLayout",
            W + "specVanish", W + "oMath",
        ],
    };

    /// <summary>
    /// Replaces, in a template's style (or document defaults), the measures the letter decides by the letter's own: each
    /// properties element's listed children are dropped and the letter's, where it has them, put in their schema place.
    /// </summary>
    private static void KeepLetterMeasures(XElement theirs, XElement ours)
    {
        foreach (var (properties, names) in LetterMeasures)
        {
            var ourProperties = PropertiesOf(ours, properties);
            var theirProperties = PropertiesOf(theirs, properties);
            if (theirProperties is null)
            {
                if (ourProperties is null || !ourProperties.Elements().Any(e => names.Contains(e.Name))) continue;
                theirProperties = new XElement(properties);
                PlaceProperties(theirs, ours, ourProperties, theirProperties);
            }
            theirProperties.Elements().Where(e => names.Contains(e.Name)).Remove();
            foreach (var child in ourProperties?.Elements().Where(e => names.Contains(e.Name)) ?? [])
            {
                Insert(theirProperties, new XElement(child), SchemaOrder[properties]);
            }
        }
    }

    /// <summary>A style's own w:pPr or w:rPr, or the document defaults' (inside w:pPrDefault, w:rPrDefault).</summary>
    private static XElement? PropertiesOf(XElement styleOrDefaults, XName properties) =>
        styleOrDefaults.Element(properties) ?? styleOrDefaults.Element(W + (properties.LocalName + "Default"))?.Element(properties);

    /// <summary>Puts a new, empty w:pPr or w:rPr where the letter has it: in the defaults' wrapper, or among a style's children.</summary>
    private static void PlaceProperties(XElement theirs, XElement ours, XElement ourProperties, XElement created)
    {
        if (ourProperties.Parent is { } wrapper && wrapper != ours)
        {
            // docDefaults: w:rPrDefault/w:rPr, w:pPrDefault/w:pPr.
            var theirWrapper = theirs.Element(wrapper.Name);
            if (theirWrapper is null)
            {
                theirWrapper = new XElement(wrapper.Name);
                if (wrapper.Name == W + "rPrDefault") theirs.AddFirst(theirWrapper);
                else theirs.Add(theirWrapper);
            }
            theirWrapper.Add(created);
            return;
        }
        // A style: w:pPr before w:rPr, both after the style's names, flags and links.
        var before = theirs.Elements().FirstOrDefault(e => e.Name == W + "rPr" && created.Name == W + "pPr"
            || e.Name == W + "tblPr" || e.Name == W + "trPr" || e.Name == W + "tcPr" || e.Name == W + "tblStylePr");
        if (before is not null) before.AddBeforeSelf(created);
        else theirs.Add(created);
    }

    private static void Insert(XElement parent, XElement child, XName[] order)
    {
        var rank = Array.IndexOf(order, child.Name);
        var next = parent.Elements().FirstOrDefault(e => Array.IndexOf(order, e.Name) > rank);
        if (next is not null) next.AddBeforeSelf(child);
        else parent.Add(child);
    }

    private static string Id(XElement style) => (string?)style.Attribute(W + "styleId") ?? "";

    private static (string Type, string Name) Key(XElement style) =>
        ((string?)style.Attribute(W + "type") ?? "paragraph", ((string?)style.Element(W + "name")?.Attribute(W + "val") ?? "").ToLowerInvariant());

    private static readonly XName[] AfterLanguage = [W + "eastAsianLayout", W + "specVanish", W + "oMath"];

    /// <summary>The document's language on the default run properties (proofing, hyphenation), in schema order.</summary>
    private static void SetLanguage(XElement defaults, string language)
    {
        var rPrDefault = defaults.Element(W + "rPrDefault") ?? AddFirst(defaults, new XElement(W + "rPrDefault"));
        var rPr = rPrDefault.Element(W + "rPr") ?? AddFirst(rPrDefault, new XElement(W + "rPr"));
        var lang = rPr.Element(W + "lang");
        if (lang is null)
        {
            lang = new XElement(W + "lang");
            if (rPr.Elements().FirstOrDefault(e => AfterLanguage.Contains(e.Name)) is { } next) next.AddBeforeSelf(lang);
            else rPr.Add(lang);
        }
        lang.SetAttributeValue(W + "val", language);
    }

    private static XElement AddFirst(XElement parent, XElement child)
    {
        parent.AddFirst(child);
        return child;
    }
}
