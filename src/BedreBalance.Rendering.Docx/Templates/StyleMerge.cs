using System.Xml.Linq;

namespace BedreBalance.Rendering.Docx.Templates;

/// <summary>
/// The letter's styles with the template's taking over. A template's built-in styles are matched to the letter's by
/// their built-in name ("heading 1", "caption", …), not by id: Danish Word saves Heading 1 as "Overskrift1". A matched
/// style keeps the letter's id (the body refers to it) and gets the template's definition; the template's other
/// styles come along under their own ids; the letter's styles the template lacks stay as they are.
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
