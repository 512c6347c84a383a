using System.Globalization;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using Model = BedreBalance.Document;

namespace BedreBalance.Rendering.Docx.Templates;

/// <summary>
/// A ministry's Word template (.dotx, or a .docx used as one), read once: its styles, theme, page setup and the
/// headers and footers of its last section with the images they show. The letter's .docx takes these over; what the
/// template lacks comes from the letter's own styles. Only a template that could be read and is set up for A4 exists.
/// </summary>
public sealed class WordTemplate
{
    internal static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    internal static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";

    internal WordTemplate(XDocument? styles, byte[]? theme, IReadOnlyList<TemplatePart> headersAndFooters, TemplatePageSetup pageSetup, string? bodyFont)
    {
        Styles = styles;
        Theme = theme;
        HeadersAndFooters = headersAndFooters;
        PageSetup = pageSetup;
        BodyFont = bodyFont;
    }

    internal XDocument? Styles { get; }
    internal byte[]? Theme { get; }
    internal IReadOnlyList<TemplatePart> HeadersAndFooters { get; }
    internal TemplatePageSetup PageSetup { get; }

    /// <summary>The font of the template's body text (its Normal style, through the theme if it names a theme font); null if it names none.</summary>
    public string? BodyFont { get; }

    /// <summary>
    /// The letter's page geometry with the template's margins (A4; the template's paper size was checked), so that the
    /// PDF lays out on the same text column as the Word document. The first page's top margin is the same as the others'.
    /// </summary>
    public Model.PageGeometry Page(Model.PageGeometry fallback) => PageSetup.Margins is { } m
        ? new Model.PageGeometry(fallback.Width, fallback.Height, m.Top / 20.0, m.Right / 20.0, m.Bottom / 20.0, m.Left / 20.0)
        : fallback;

    /// <summary>Reads and checks a template; <paramref name="fileName"/> is how the sentences name the file.</summary>
    public static WordTemplateResult Read(byte[] bytes, string fileName)
    {
        try
        {
            CheckUnpackedSize(bytes);
            using var package = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), isEditable: false);
            return Read(package, fileName);
        }
        catch (Exception e) when (e is not OutOfMemoryException and not WordTemplateProblem)
        {
            return new WordTemplateResult(null, [TemplateText.Format("Unreadable", fileName, e.Message.TrimEnd('.'))], []);
        }
        catch (WordTemplateProblem problem)
        {
            return new WordTemplateResult(null, [TemplateText.Format(problem.Key, [fileName, .. problem.Values])], []);
        }
    }

    private static WordTemplateResult Read(WordprocessingDocument package, string fileName)
    {
        var main = package.MainDocumentPart ?? throw new WordTemplateProblem("NoDocumentPart");
        if (main.ContentType.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
        {
            throw new WordTemplateProblem("Macros");
        }
        var warnings = new List<string>();
        var document = Load(main);
        var section = document?.Root?.Element(W + "body")?.Elements(W + "sectPr").LastOrDefault();
        var pageSetup = TemplatePageSetup.From(section);
        if (pageSetup.Width is { } width && pageSetup.Height is { } height && (Math.Abs(width - 11906) > 60 || Math.Abs(height - 16838) > 60))
        {
            throw new WordTemplateProblem("NotA4", TemplateText.Centimetres(width / 566.93), TemplateText.Centimetres(height / 566.93));
        }

        var parts = new List<TemplatePart>();
        foreach (var reference in section?.Elements().Where(e => e.Name == W + "headerReference" || e.Name == W + "footerReference") ?? [])
        {
            var type = (string?)reference.Attribute(W + "type") ?? "default";
            var id = (string?)reference.Attribute(R + "id");
            if (type == "even")
            {
                warnings.Add(TemplateText.Format("EvenPagesLeftOut", fileName));
                continue;
            }
            if (id is null || !main.TryGetPartById(id, out var part)) continue;
            parts.Add(TemplatePart.From(part, reference.Name == W + "headerReference", type, fileName, warnings));
        }

        var styles = main.StyleDefinitionsPart is { } stylesPart ? Load(stylesPart) : null;
        var theme = main.ThemePart is { } themePart ? ReadAll(themePart) : null;
        var bodyFont = BodyFontOf(styles, main.ThemePart is { } t ? Load(t) : null);
        return new WordTemplateResult(new WordTemplate(styles, theme, parts, pageSetup, bodyFont), [], warnings.Distinct().ToList());
    }

    // A template with its pictures is a few hundred kilobytes unpacked; far more is a wrong file or a zip bomb.
    private const long MaxUnpackedBytes = 64L * 1024 * 1024;
    private const int MaxParts = 2000;

    /// <summary>Refuses, before anything is unpacked, a package whose parts would unpack to more than the limit.</summary>
    private static void CheckUnpackedSize(byte[] bytes)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes, writable: false), System.IO.Compression.ZipArchiveMode.Read);
        var total = zip.Entries.Sum(e => e.Length);
        if (zip.Entries.Count > MaxParts || total > MaxUnpackedBytes)
        {
            throw new WordTemplateProblem("TooLarge", total / (1024 * 1024), zip.Entries.Count, MaxUnpackedBytes / (1024 * 1024));
        }
    }

    /// <summary>Normal's ascii font, else the document defaults'; a theme font is looked up in the theme.</summary>
    private static string? BodyFontOf(XDocument? styles, XDocument? theme)
    {
        var root = styles?.Root;
        if (root is null) return null;
        var normal = root.Elements(W + "style").FirstOrDefault(s =>
            (string?)s.Attribute(W + "type") == "paragraph" && ((string?)s.Attribute(W + "default") is "1" or "true" or "on"));
        foreach (var fonts in new[]
        {
            normal?.Element(W + "rPr")?.Element(W + "rFonts"),
            root.Element(W + "docDefaults")?.Element(W + "rPrDefault")?.Element(W + "rPr")?.Element(W + "rFonts"),
        })
        {
            if (fonts is null) continue;
            if ((string?)fonts.Attribute(W + "asciiTheme") is { } themeFont)
            {
                var scheme = theme?.Descendants(A + "fontScheme").FirstOrDefault();
                var which = themeFont.StartsWith("major", StringComparison.Ordinal) ? "majorFont" : "minorFont";
                if ((string?)scheme?.Element(A + which)?.Element(A + "latin")?.Attribute("typeface") is { Length: > 0 } typeface) return typeface;
            }
            if ((string?)fonts.Attribute(W + "ascii") is { Length: > 0 } ascii) return ascii;
        }
        return null;
    }

    internal static XDocument? Load(OpenXmlPart part)
    {
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        return XDocument.Load(stream);
    }

    internal static byte[] ReadAll(OpenXmlPart part)
    {
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Why the template is refused: a message of TemplateMessages.resx, whose {0} is the file's name, and its further values.</summary>
    private sealed class WordTemplateProblem(string key, params object?[] values) : Exception
    {
        public string Key => key;

        public object?[] Values => values;
    }
}

/// <param name="Template">The template; null when it cannot be used.</param>
/// <param name="Problems">Sentences naming the file: why it cannot be used.</param>
/// <param name="Warnings">Sentences naming the file: what of it the letter leaves out.</param>
public sealed record WordTemplateResult(WordTemplate? Template, IReadOnlyList<string> Problems, IReadOnlyList<string> Warnings);

/// <summary>Paper size, margins and header/footer distances in twips, and whether the first page has its own header.</summary>
internal sealed record TemplatePageSetup(int? Width, int? Height, TemplateMargins? Margins, int? HeaderDistance, int? FooterDistance, bool TitlePage)
{
    public static TemplatePageSetup From(XElement? section)
    {
        var w = WordTemplate.W;
        var size = section?.Element(w + "pgSz");
        var margins = section?.Element(w + "pgMar");
        int? Twips(XElement? element, string name) =>
            int.TryParse((string?)element?.Attribute(w + name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
        TemplateMargins? m = null;
        if (Twips(margins, "top") is { } top && Twips(margins, "right") is { } right && Twips(margins, "bottom") is { } bottom && Twips(margins, "left") is { } left
            && top > 0 && right > 0 && bottom > 0 && left > 0)
        {
            m = new TemplateMargins(top, right, bottom, left);
        }
        var titlePage = section?.Element(w + "titlePg") is { } title && ((string?)title.Attribute(w + "val") ?? "1") is "1" or "true" or "on";
        return new TemplatePageSetup(Twips(size, "w"), Twips(size, "h"), m, Twips(margins, "header"), Twips(margins, "footer"), titlePage);
    }
}

internal sealed record TemplateMargins(int Top, int Right, int Bottom, int Left);

/// <summary>A header or footer of the template, with the images (and links) it refers to, each under its own relationship id.</summary>
internal sealed record TemplatePart(bool IsHeader, string Type, XDocument Xml, IReadOnlyList<TemplateImage> Images, IReadOnlyList<TemplateLink> Links)
{
    public static TemplatePart From(OpenXmlPart part, bool isHeader, string type, string fileName, List<string> warnings)
    {
        var images = new List<TemplateImage>();
        foreach (var child in part.Parts)
        {
            if (child.OpenXmlPart is ImagePart image)
            {
                images.Add(new TemplateImage(child.RelationshipId, image.ContentType, WordTemplate.ReadAll(image)));
            }
            else
            {
                warnings.Add(TemplateText.Format("PartLeftOut", fileName, child.OpenXmlPart.GetType().Name.Replace("Part", "", StringComparison.Ordinal)));
            }
        }
        var links = part.HyperlinkRelationships.Select(h => new TemplateLink(h.Id, h.Uri)).ToList();
        return new TemplatePart(isHeader, type, WordTemplate.Load(part)!, images, links);
    }
}

internal sealed record TemplateImage(string RelationshipId, string ContentType, byte[] Bytes);

internal sealed record TemplateLink(string RelationshipId, Uri Target);
