using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using ApprovalTests;
using BedreBalance.Rendering.Docx.Templates;
using Xunit;

namespace BedreBalance.Rendering.Docx.Tests.Templates;

/// <summary>The letter set in the fictitious Eksempelministeriet's Word template.</summary>
public sealed class TemplateDocxTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly Lazy<byte[]> Letter = new(() => TemplateFixture.Render(TemplateFixture.Letter, TemplateFixture.Template));

    private static Dictionary<string, byte[]> Entries(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    private static XDocument Part(string name) => XDocument.Load(new MemoryStream(Entries(Letter.Value)[name]));

    /// <summary>
    /// What the template brings, part by part: the package's parts and relationships, the merged styles, the section,
    /// the headers and footers. The letter's body is the golden package's business and left out.
    /// </summary>
    [Fact]
    public void Snapshot_of_what_the_template_brings()
    {
        var text = new StringBuilder();
        foreach (var (name, bytes) in Entries(Letter.Value))
        {
            text.Append("=== ").Append(name).Append(" (").Append(bytes.Length).Append(" bytes)\n");
            if (!name.EndsWith(".xml", StringComparison.Ordinal) && !name.EndsWith(".rels", StringComparison.Ordinal)) continue;
            var xml = XDocument.Load(new MemoryStream(bytes));
            if (name == "word/document.xml")
            {
                var section = new XElement(xml.Root!.Element(W + "body")!.Element(W + "sectPr")!);
                section.SetAttributeValue(XNamespace.Xmlns + "w", W.NamespaceName);
                section.SetAttributeValue(XNamespace.Xmlns + "r", R.NamespaceName);
                xml = new XDocument(section);
            }
            if (name == "word/theme/theme1.xml") continue;
            text.Append(Indented(xml)).Append('\n');
        }
        Approvals.Verify(text.ToString());
    }

    [Fact]
    public void Validates_with_zero_errors() => DocxRendererTests.AssertValid(Letter.Value);

    [Fact]
    public void Two_renderings_are_byte_identical() =>
        Assert.Equal(Letter.Value, TemplateFixture.Render(TemplateFixture.Letter, WordTemplate.Read(TemplateFixture.Bytes, "skabelon.dotx").Template));

    [Fact]
    public void The_result_is_a_document_not_a_template()
    {
        var types = Part("[Content_Types].xml").ToString();
        Assert.Contains("wordprocessingml.document.main+xml", types);
        Assert.DoesNotContain("template.main", types);
        Assert.Empty(Part("word/settings.xml").Descendants(W + "attachedTemplate"));
    }

    [Fact]
    public void Built_in_styles_take_the_templates_definitions_under_the_letters_ids()
    {
        var styles = Part("word/styles.xml").Root!.Elements(W + "style").ToDictionary(s => (string)s.Attribute(W + "styleId")!);
        // Danish Word's ids ("Overskrift1", "Billedtekst") are matched by built-in name and take the letter's ids.
        Assert.DoesNotContain("Overskrift1", styles.Keys);
        Assert.Equal("1F3864", (string?)styles["Heading1"].Element(W + "rPr")?.Element(W + "color")?.Attribute(W + "val"));
        // The letter's title is a Heading1, so it has no Title style: the template's "Titel" comes along under its own id.
        Assert.DoesNotContain("Title", styles.Keys);
        Assert.Contains("Titel", styles.Keys);
        Assert.Equal("1F3864", (string?)styles["Caption"].Element(W + "rPr")?.Element(W + "color")?.Attribute(W + "val"));
        // What the template lacks is the letter's own.
        Assert.Contains("TableNote", styles.Keys);
        Assert.Contains("Closing", styles.Keys);
        // The template's own styles come along for its headers.
        Assert.Contains("Sidehoved", styles.Keys);
        // Its theme's Calibri is the body font: the defaults name the theme's minor font.
        Assert.Equal("minorHAnsi", (string?)Part("word/styles.xml").Root!.Element(W + "docDefaults")!.Descendants(W + "rFonts").Single().Attribute(W + "asciiTheme"));
        Assert.Equal("Calibri", TemplateFixture.Template.BodyFont);
        Assert.Single(styles.Values, s => (string?)s.Attribute(W + "type") == "paragraph" && (string?)s.Attribute(W + "default") == "1");
    }

    /// <summary>
    /// The template's Normal states no alignment and its own line spacing; taken as it was, the body came out flush left
    /// on 15 pt lines while the PDF is justified on 15.5 pt. The template gives typefaces and colours; the letter keeps
    /// its measures, justification and hyphenation, as without a template.
    /// </summary>
    [Fact]
    public void The_body_is_justified_and_hyphenated_and_keeps_the_letters_measures_as_without_a_template()
    {
        var styles = Part("word/styles.xml").Root!;
        var byId = styles.Elements(W + "style").ToDictionary(s => (string)s.Attribute(W + "styleId")!);
        string? Value(XElement? element, string name) => (string?)element?.Element(W + name)?.Attribute(W + "val");
        Assert.Equal("both", Value(byId["Normal"].Element(W + "pPr"), "jc"));
        Assert.Equal("220", (string?)byId["Normal"].Element(W + "pPr")!.Element(W + "spacing")!.Attribute(W + "after"));
        Assert.Equal("left", Value(byId["Heading1"].Element(W + "pPr"), "jc"));
        Assert.NotNull(byId["Heading1"].Element(W + "pPr")!.Element(W + "suppressAutoHyphens"));
        Assert.Equal("28", Value(byId["Heading1"].Element(W + "rPr"), "sz"));
        // The template's colour stays.
        Assert.Equal("1F3864", Value(byId["Heading1"].Element(W + "rPr"), "color"));
        var defaults = styles.Element(W + "docDefaults")!;
        Assert.Equal("310", (string?)defaults.Descendants(W + "spacing").Single().Attribute(W + "line"));
        Assert.Equal("22", Value(defaults.Element(W + "rPrDefault")!.Element(W + "rPr"), "sz"));
        var settings = Part("word/settings.xml").Root!;
        Assert.NotNull(settings.Element(W + "autoHyphenation"));
        Assert.Equal("2", Value(settings, "consecutiveHyphenLimit"));
    }

    [Fact]
    public void Headers_show_the_templates_logo_through_their_own_relationships_and_the_picture_is_stored_once()
    {
        var entries = Entries(Letter.Value);
        var headers = entries.Keys.Where(k => k.StartsWith("word/header", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, headers.Count);
        foreach (var header in headers)
        {
            var embed = (string)Part(header).Descendants().Single(e => e.Attribute(R + "embed") is not null).Attribute(R + "embed")!;
            var rels = Part("word/_rels/" + header.Split('/')[1] + ".rels");
            var target = rels.Root!.Elements().Single(r => (string?)r.Attribute("Id") == embed);
            Assert.EndsWith("/image", (string)target.Attribute("Type")!);
            var path = (string)target.Attribute("Target")!;
            var image = path.StartsWith('/') ? path[1..] : "word/" + path;
            Assert.True(entries.ContainsKey(image), image);
            Assert.StartsWith("\u0089PNG", Encoding.Latin1.GetString(entries[image], 0, 4));
        }
        Assert.Single(entries.Keys, k => k.EndsWith(".png", StringComparison.Ordinal));
    }

    [Fact]
    public void The_first_page_header_reaches_down_to_the_first_pages_top_margin()
    {
        var section = Part("word/document.xml").Descendants(W + "sectPr").Single();
        Assert.NotNull(section.Element(W + "titlePg"));
        var margin = section.Element(W + "pgMar")!;
        Assert.Equal(1701, (int)margin.Attribute(W + "top")!); // 3 cm: the following pages' margin
        var firstHeaderId = (string)section.Elements(W + "headerReference").Single(r => (string?)r.Attribute(W + "type") == "first").Attribute(R + "id")!;
        var rels = Part("word/_rels/document.xml.rels").Root!.Elements().ToDictionary(r => (string)r.Attribute("Id")!, r => (string)r.Attribute("Target")!);
        var header = Part(rels[firstHeaderId].TrimStart('/'));
        // The header's own flow: two paragraphs of exactly 1 pt (framed paragraphs and floating pictures take no room).
        var spacer = header.Root!.Elements(W + "p").Last().Element(W + "pPr")!.Element(W + "spacing")!;
        Assert.Equal("exact", (string?)spacer.Attribute(W + "lineRule"));
        var reach = (int)margin.Attribute(W + "header")! + 2 * 20 + (int)spacer.Attribute(W + "line")!;
        Assert.Equal(3118, reach); // 5.5 cm in twips
        // Both footers number the pages, as the PDF does on every page.
        Assert.Equal(2, section.Elements(W + "footerReference").Count());
    }

    [Fact]
    public void Without_a_template_a_different_first_page_gets_a_header_of_its_own_and_our_footer_on_both()
    {
        var docx = TemplateFixture.Render(TemplateFixture.Letter, template: null);
        DocxRendererTests.AssertValid(docx);
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        var document = XDocument.Load(zip.GetEntry("word/document.xml")!.Open());
        var section = document.Descendants(W + "sectPr").Single();
        Assert.NotNull(section.Element(W + "titlePg"));
        Assert.Equal("first", (string?)section.Element(W + "headerReference")!.Attribute(W + "type"));
        Assert.Equal(["default", "first"], section.Elements(W + "footerReference").Select(f => (string)f.Attribute(W + "type")!).Order());
        Assert.Single(section.Elements(W + "footerReference").Select(f => (string)f.Attribute(R + "id")!).Distinct());
    }

    [Fact]
    public void A_template_for_other_paper_is_refused()
    {
        var letterPaper = TemplateFixture.With("word/document.xml", xml => xml.Replace("w:w=\"11906\" w:h=\"16838\"", "w:w=\"12240\" w:h=\"15840\"", StringComparison.Ordinal));
        var problem = Assert.Single(WordTemplate.Read(letterPaper, "skabelon.dotx").Problems);
        Assert.StartsWith("skabelon.dotx is set up for paper of 21.6 × 27.9 cm", problem);
    }

    [Fact]
    public void A_template_that_would_unpack_to_far_more_than_a_template_is_refused_before_unpacking()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            // 80 MB of zeros deflate to well under a megabyte.
            using var entry = zip.CreateEntry("word/media/huge.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 80; i++) entry.Write(zeros);
        }
        var problem = Assert.Single(WordTemplate.Read(buffer.ToArray(), "skabelon.dotx").Problems);
        Assert.StartsWith("skabelon.dotx unpacks to 80 MB in 1 parts", problem);
    }

    [Fact]
    public void A_file_that_is_no_Word_file_is_refused() =>
        Assert.StartsWith("skabelon.dotx cannot be read as a Word template", Assert.Single(WordTemplate.Read("not a zip"u8.ToArray(), "skabelon.dotx").Problems));

    [Fact]
    public void Even_page_headers_are_left_out_with_a_warning()
    {
        var even = TemplateFixture.With("word/document.xml", xml => xml.Replace("<w:headerReference w:type=\"default\"", "<w:headerReference w:type=\"even\" r:id=\"rId11\"/><w:headerReference w:type=\"default\"", StringComparison.Ordinal));
        var result = WordTemplate.Read(even, "skabelon.dotx");
        Assert.NotNull(result.Template);
        Assert.Contains("even pages are left out", Assert.Single(result.Warnings));
    }

    [Fact]
    public void A_template_without_styles_leaves_the_letters_own()
    {
        var plain = TemplateFixture.With("word/_rels/document.xml.rels", rels => rels.Replace(
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>", "", StringComparison.Ordinal));
        var template = WordTemplate.Read(plain, "skabelon.dotx").Template!;
        Assert.Null(template.BodyFont);
        var docx = TemplateFixture.Render(TemplateFixture.Letter, template);
        DocxRendererTests.AssertValid(docx);
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        var styles = XDocument.Load(zip.GetEntry("word/styles.xml")!.Open());
        Assert.Equal("Times New Roman", (string?)styles.Descendants(W + "rFonts").First().Attribute(W + "ascii"));
    }

    private static string Indented(XDocument document)
    {
        var output = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", OmitXmlDeclaration = true };
        using (var writer = XmlWriter.Create(output, settings))
        {
            document.Save(writer);
        }
        return output.ToString();
    }
}
