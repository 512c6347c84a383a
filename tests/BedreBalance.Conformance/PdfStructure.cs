using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Operations.MarkedContent;
using UglyToad.PdfPig.Graphics.Operations.SpecialGraphicsState;
using UglyToad.PdfPig.Graphics.Operations.TextObjects;
using UglyToad.PdfPig.Graphics.Operations.TextShowing;
using UglyToad.PdfPig.Tokens;

namespace BedreBalance.Conformance;

/// <summary>A structure element read back from a PDF: its type, attributes, text (of its own content) and kids.</summary>
public sealed class StructureNode
{
    public required string Tag { get; init; }
    /// <summary>The standard type the tag stands for: the tag itself, or what the role map maps it to.</summary>
    public string Role { get; init; } = "";
    public string? Id { get; init; }
    public string? Scope { get; init; }
    public IReadOnlyList<string> Headers { get; init; } = [];
    /// <summary>What readers get instead of the drawn glyphs (a word the layout hyphenated), if anything.</summary>
    public string? ActualText { get; init; }
    public List<StructureNode> Kids { get; } = [];
    /// <summary>The marked content the element holds directly: (page index, MCID), in order.</summary>
    public List<(int Page, int Mcid)> Content { get; } = [];
    public StructureNode? Parent { get; set; }
    /// <summary>The element's own text and that of every element under it, in order.</summary>
    public string Text { get; set; } = "";

    public IEnumerable<StructureNode> Descendants() => Kids.SelectMany(k => k.Descendants().Prepend(k));

    public override string ToString() => Id is null ? $"{Tag} \"{Text}\"" : $"{Tag}#{Id} \"{Text}\"";
}

/// <summary>
/// Reads a PDF's tagging with PdfPig (no Java) and checks it against PDF/UA-1 as far as a program can (the
/// Matterhorn Protocol's machine-checkable failure conditions that apply to a letter of text and tables):
/// identification, marked content nesting and coverage, the parent tree, table structure and headers, notes,
/// typed artifacts and bookmarks. <see cref="Problems"/> lists every failure in words; empty means it passed.
/// </summary>
public sealed class PdfStructure
{
    /// <summary>Standard structure types of PDF 1.4 (ISO 32000-1 14.8.4 without the later ones): PDF/A-1 knows no others.</summary>
    private static readonly HashSet<string> StandardTypes =
    [
        "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct", "Private",
        "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD",
        "Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Figure", "Formula", "Form",
    ];

    private readonly List<string> problems = [];
    private readonly Dictionary<string, string> roleMap = [];
    private readonly Dictionary<(int Page, int Mcid), string> mcidText = [];

    public PdfStructure(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var catalog = document.Structure.Catalog.CatalogDictionary;
        CheckCatalog(document, catalog);
        Xmp = ReadXmp(document, catalog);
        CheckXmp(Xmp);

        var pages = document.GetPages().ToList();
        PageCount = pages.Count;
        var mcidsPerPage = new List<List<int>>();
        for (var p = 0; p < pages.Count; p++)
        {
            mcidsPerPage.Add(CheckContent(pages[p], p));
            CollectText(pages[p].GetMarkedContents(), p);
        }

        if (Get<DictionaryToken>(document, catalog, "StructTreeRoot") is not { } treeRoot)
        {
            problems.Add("The catalog has no /StructTreeRoot: the document is not tagged.");
            Root = new StructureNode { Tag = "(none)" };
            return;
        }
        if (Get<DictionaryToken>(document, treeRoot, "RoleMap") is { } roles)
        {
            foreach (var (name, value) in roles.Data)
            {
                roleMap[name] = (Resolve(document, value) as NameToken)?.Data ?? name;
            }
        }
        var pageIndex = PageReferences(document, catalog);
        if (pageIndex.Count != pages.Count) problems.Add($"The page tree lists {pageIndex.Count} pages, PdfPig reads {pages.Count}.");
        Root = new StructureNode { Tag = "StructTreeRoot" };
        var reached = new Dictionary<(int, int), int>();
        foreach (var kid in Items(document, treeRoot, "K"))
        {
            if (Resolve(document, kid) is DictionaryToken element) Root.Kids.Add(ReadElement(document, element, Root, pageIndex, reached, null));
        }
        CheckParentTree(document, treeRoot, pageIndex, mcidsPerPage, reached);
        CheckElements();
        Bookmarks = ReadOutlines(document, catalog);
        CheckBookmarks();
    }

    public static PdfStructure Read(byte[] pdf) => new(pdf);

    public IReadOnlyList<string> Problems => problems;

    public int PageCount { get; }

    public StructureNode Root { get; }

    public string Xmp { get; } = "";

    /// <summary>Bookmarks depth first: title and nesting depth (0 for the top level).</summary>
    public IReadOnlyList<(string Title, int Depth)> Bookmarks { get; private set; } = [];

    /// <summary>Artifacts per page: type, subtype and text (empty for rules).</summary>
    public List<(int Page, string? Type, string? Subtype, string Text)> Artifacts { get; } = [];

    public IEnumerable<StructureNode> Elements => Root.Descendants();

    public IEnumerable<StructureNode> All(string tag) => Elements.Where(e => e.Tag == tag);

    /// <summary>The tree as indented lines, one element a line: what a reviewer reads.</summary>
    public string Outline()
    {
        var text = new StringBuilder();
        void Write(StructureNode node, int depth)
        {
            text.Append(' ', depth * 2).Append(node.Tag);
            if (node.Id is not null) text.Append(" #").Append(node.Id);
            if (node.Scope is not null) text.Append(" scope=").Append(node.Scope);
            if (node.Headers.Count > 0) text.Append(" headers=").Append(string.Join(",", node.Headers));
            if ((node.Kids.Count == 0 || node.Content.Count > 0) && node.Text.Length > 0) text.Append(": ").Append(node.Text);
            if (node.ActualText is not null) text.Append(" (read as \"").Append(node.ActualText).Append("\")");
            text.Append('\n');
            foreach (var kid in node.Kids) Write(kid, depth + 1);
        }
        foreach (var kid in Root.Kids) Write(kid, 0);
        return text.ToString();
    }

    private void CheckCatalog(PdfDocument document, DictionaryToken catalog)
    {
        if (Get<DictionaryToken>(document, catalog, "MarkInfo") is not { } markInfo || Get<BooleanToken>(document, markInfo, "Marked") is not { Data: true })
        {
            problems.Add("/MarkInfo /Marked is not true.");
        }
        else if (Get<BooleanToken>(document, markInfo, "Suspects") is { Data: true })
        {
            problems.Add("/MarkInfo /Suspects is true.");
        }
        if (Get<StringToken>(document, catalog, "Lang") is not { Data.Length: > 0 })
        {
            problems.Add("The catalog has no /Lang: a screen reader cannot tell the language.");
        }
        if (Get<DictionaryToken>(document, catalog, "ViewerPreferences") is not { } preferences || Get<BooleanToken>(document, preferences, "DisplayDocTitle") is not { Data: true })
        {
            problems.Add("/ViewerPreferences /DisplayDocTitle is not true.");
        }
        if (Get<DictionaryToken>(document, catalog, "StructTreeRoot") is { } root && Get<DictionaryToken>(document, root, "RoleMap") is { } roleMap)
        {
            foreach (var (name, _) in roleMap.Data.Where(entry => StandardTypes.Contains(entry.Key)))
            {
                problems.Add($"The role map remaps the standard type {name}.");
            }
        }
    }

    private static string ReadXmp(PdfDocument document, DictionaryToken catalog) =>
        Get<StreamToken>(document, catalog, "Metadata") is { } metadata ? Encoding.UTF8.GetString(metadata.Decode(document.Structure.FilterProvider).ToArray()) : "";

    private void CheckXmp(string xmp)
    {
        if (!Regex.IsMatch(xmp, @"<pdfuaid:part>\s*1\s*</pdfuaid:part>"))
        {
            problems.Add("The XMP metadata does not identify PDF/UA-1 (pdfuaid:part 1).");
        }
        if (!Regex.IsMatch(xmp, @"<pdfaSchema:namespaceURI>\s*http://www\.aiim\.org/pdfua/ns/id/\s*</pdfaSchema:namespaceURI>")
            || !Regex.IsMatch(xmp, @"<pdfaSchema:prefix>\s*pdfuaid\s*</pdfaSchema:prefix>")
            || !Regex.IsMatch(xmp, @"<pdfaProperty:name>\s*part\s*</pdfaProperty:name>"))
        {
            problems.Add("The XMP metadata has no PDF/A extension schema describing pdfuaid:part (PDF/A-1 requires one).");
        }
        if (!xmp.Contains("<dc:title>", StringComparison.Ordinal))
        {
            problems.Add("The XMP metadata has no dc:title.");
        }
    }

    /// <summary>
    /// Walks a page's operators: marked content must nest with BT/ET and q/Q, every text and every painted path must
    /// sit in an artifact or in marked content with an MCID, and every artifact must say what it is.
    /// </summary>
    /// <returns>The MCIDs on the page, in order.</returns>
    private List<int> CheckContent(Page page, int pageIndex)
    {
        var mcids = new List<int>();
        var stack = new List<(string Kind, bool Tagged)>();
        var crossings = 0;
        var untagged = 0;
        var artifactText = new StringBuilder();
        (string? Type, string? Subtype)? artifact = null;
        foreach (var operation in page.Operations)
        {
            switch (operation)
            {
                case BeginText:
                    stack.Add(("BT", false));
                    break;
                case Push:
                    stack.Add(("q", false));
                    break;
                case EndText:
                    crossings += Close(stack, "BT");
                    break;
                case Pop:
                    crossings += Close(stack, "q");
                    break;
                case BeginMarkedContentWithProperties bdc:
                {
                    var tag = bdc.Name.Data;
                    var properties = bdc.Properties;
                    var isArtifact = tag == "Artifact";
                    if (isArtifact)
                    {
                        var type = (Inline(properties, "Type") as NameToken)?.Data;
                        var subtype = (Inline(properties, "Subtype") as NameToken)?.Data;
                        if (type is null) problems.Add($"Page {pageIndex + 1}: an artifact without /Type.");
                        artifact = (type, subtype);
                        artifactText.Clear();
                    }
                    else if (Inline(properties, "MCID") is NumericToken mcid)
                    {
                        mcids.Add(mcid.Int);
                        if (!StandardTypes.Contains(tag)) problems.Add($"Page {pageIndex + 1}: marked content tagged /{tag}, not a standard structure type.");
                    }
                    stack.Add(("MC", isArtifact || properties?.Data.ContainsKey("MCID") == true));
                    break;
                }
                case BeginMarkedContent bmc:
                    if (bmc.Name.Data == "Artifact") problems.Add($"Page {pageIndex + 1}: an untyped artifact (/Artifact BMC).");
                    stack.Add(("MC", bmc.Name.Data == "Artifact"));
                    break;
                case EndMarkedContent:
                    if (stack.Count > 0 && stack[^1].Kind == "MC" && artifact is { } open && !stack.Take(stack.Count - 1).Any(s => s.Kind == "MC"))
                    {
                        Artifacts.Add((pageIndex, open.Type, open.Subtype, artifactText.ToString()));
                        artifact = null;
                    }
                    crossings += Close(stack, "MC");
                    break;
                case ShowText or ShowTextsWithPositioning or MoveToNextLineShowText or MoveToNextLineShowTextWithSpacing:
                case UglyToad.PdfPig.Graphics.Operations.PathPainting.StrokePath or UglyToad.PdfPig.Graphics.Operations.PathPainting.CloseAndStrokePath
                    or UglyToad.PdfPig.Graphics.Operations.PathPainting.FillPathEvenOddRule or UglyToad.PdfPig.Graphics.Operations.PathPainting.FillPathNonZeroWinding:
                    if (!stack.Any(s => s.Kind == "MC" && s.Tagged)) untagged++;
                    if (artifact is not null && operation is ShowText show) artifactText.Append(show.Text ?? "*");
                    break;
            }
        }
        if (crossings > 0) problems.Add($"Page {pageIndex + 1}: {crossings} times marked content, text objects (BT/ET) and graphics states (q/Q) do not nest.");
        if (stack.Count > 0) problems.Add($"Page {pageIndex + 1}: {string.Join(" ", stack.Select(s => s.Kind))} left open at the end of the content.");
        if (untagged > 0) problems.Add($"Page {pageIndex + 1}: {untagged} drawing operations are neither tagged content nor an artifact.");
        if (mcids.Distinct().Count() != mcids.Count) problems.Add($"Page {pageIndex + 1}: an MCID is used twice.");
        return mcids;
    }

    private static IToken? Inline(DictionaryToken? properties, string key) =>
        properties is not null && properties.Data.TryGetValue(key, out var token) ? token : null;

    /// <summary>Pops the innermost open item; it must be of <paramref name="kind"/>. Returns 1 for a crossing.</summary>
    private static int Close(List<(string Kind, bool Tagged)> stack, string kind)
    {
        if (stack.Count == 0) return 1;
        var crossed = stack[^1].Kind != kind;
        var at = stack.FindLastIndex(s => s.Kind == kind);
        if (at >= 0) stack.RemoveAt(at);
        return crossed ? 1 : 0;
    }

    private void CollectText(IEnumerable<MarkedContentElement> elements, int page)
    {
        foreach (var element in elements)
        {
            if (!element.IsArtifact && element.MarkedContentIdentifier >= 0)
            {
                mcidText[(page, element.MarkedContentIdentifier)] = string.Concat(element.Letters.Select(l => l.Value));
            }
            CollectText(element.Children, page);
        }
    }

    private StructureNode ReadElement(PdfDocument document, DictionaryToken element, StructureNode parent,
        List<IndirectReference> pages, Dictionary<(int, int), int> reached, int? inheritedPage)
    {
        var tag = Get<NameToken>(document, element, "S")?.Data ?? "(no /S)";
        var attributes = Get<DictionaryToken>(document, element, "A");
        var role = tag;
        for (var hops = 0; hops < 10 && !StandardTypes.Contains(role) && roleMap.TryGetValue(role, out var mapped); hops++) role = mapped;
        var node = new StructureNode
        {
            Tag = tag,
            Role = role,
            Id = element.Data.ContainsKey("ID") ? TextOf(Resolve(document, element.Data["ID"])) : null,
            Scope = attributes is null ? null : Get<NameToken>(document, attributes, "Scope")?.Data,
            Headers = attributes is null ? [] : Items(document, attributes, "Headers").Select(h => TextOf(Resolve(document, h))).ToList(),
            ActualText = element.Data.ContainsKey("ActualText") ? TextOf(Resolve(document, element.Data["ActualText"])) : null,
            Parent = parent,
        };
        var page = Page(document, element, pages) ?? inheritedPage;
        var text = new StringBuilder();
        foreach (var kid in Items(document, element, "K"))
        {
            switch (Resolve(document, kid))
            {
                case NumericToken number when page is { } p:
                    AddContent(node, (p, number.Int), text, reached);
                    break;
                case DictionaryToken { } dictionary when Get<NameToken>(document, dictionary, "Type")?.Data == "MCR":
                    var mcrPage = Page(document, dictionary, pages) ?? page;
                    if (mcrPage is { } mp && Get<NumericToken>(document, dictionary, "MCID") is { } mcid) AddContent(node, (mp, mcid.Int), text, reached);
                    break;
                case DictionaryToken { } child when child.Data.ContainsKey("S"):
                    var kidNode = ReadElement(document, child, node, pages, reached, page);
                    node.Kids.Add(kidNode);
                    text.Append(kidNode.Text);
                    break;
            }
        }
        node.Text = text.ToString();
        return node;
    }

    private void AddContent(StructureNode node, (int Page, int Mcid) content, StringBuilder text, Dictionary<(int, int), int> reached)
    {
        node.Content.Add(content);
        reached[content] = reached.GetValueOrDefault(content) + 1;
        text.Append(mcidText.GetValueOrDefault(content, ""));
    }

    private void CheckParentTree(PdfDocument document, DictionaryToken treeRoot, List<IndirectReference> pages,
        List<List<int>> mcidsPerPage, Dictionary<(int, int), int> reached)
    {
        var entries = new Dictionary<int, ArrayToken>();
        // A large parent tree is a number tree with /Kids (ISO 32000-1, 7.9.7): every node's /Nums counts.
        void Walk(IToken? node, int depth)
        {
            if (depth > 32 || Resolve(document, node) is not DictionaryToken dictionary) return;
            var nums = Items(document, dictionary, "Nums").ToList();
            for (var i = 0; i + 1 < nums.Count; i += 2)
            {
                if (Resolve(document, nums[i]) is NumericToken key && Resolve(document, nums[i + 1]) is ArrayToken array) entries[key.Int] = array;
            }
            foreach (var kid in Items(document, dictionary, "Kids")) Walk(kid, depth + 1);
        }
        if (treeRoot.Data.TryGetValue("ParentTree", out var parentTree)) Walk(parentTree, 0);
        for (var p = 0; p < pages.Count; p++)
        {
            var mcids = mcidsPerPage[p];
            foreach (var mcid in mcids)
            {
                var count = reached.GetValueOrDefault((p, mcid));
                if (count != 1) problems.Add($"Page {p + 1}: MCID {mcid} is reached {count} times from the structure tree, not once.");
            }
            if (mcids.Count == 0) continue;
            if (Get<NumericToken>(document, (DictionaryToken)document.Structure.GetObject(pages[p]).Data, "StructParents") is not { } key || !entries.TryGetValue(key.Int, out var owners))
            {
                problems.Add($"Page {p + 1} has marked content but no parent tree entry.");
                continue;
            }
            if (owners.Data.Count != mcids.Max() + 1) problems.Add($"Page {p + 1}: the parent tree lists {owners.Data.Count} owners for MCIDs up to {mcids.Max()}.");
        }
        foreach (var ((page, mcid), _) in reached.Where(r => r.Key.Item1 >= mcidsPerPage.Count || !mcidsPerPage[r.Key.Item1].Contains(r.Key.Item2)))
        {
            problems.Add($"The structure tree refers to MCID {mcid} on page {page + 1}, which is not in the page's content.");
        }
    }

    private void CheckElements()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in Elements)
        {
            if (!StandardTypes.Contains(element.Tag)) problems.Add($"{element}: not a standard structure type of PDF 1.4.");
            if (element.Id is { } id && !ids.Add(id)) problems.Add($"The id {id} is used twice.");
        }
        var headerIds = All("TH").Where(th => th.Id is not null).Select(th => th.Id!).ToHashSet(StringComparer.Ordinal);
        foreach (var table in All("Table"))
        {
            var kids = table.Kids.Select(k => k.Tag).ToList();
            if (kids.Any(k => k is not ("TR" or "Caption")))
            {
                problems.Add($"Table \"{Short(table.Text)}\": holds {string.Join(", ", kids.Distinct())}; only TR and Caption may stand in a table here (no THead/TBody/TFoot in PDF/A-1 + PDF/UA).");
            }
            var captions = table.Kids.Where(k => k.Tag == "Caption").ToList();
            if (captions.Count != 1 || (table.Kids[0].Tag != "Caption" && table.Kids[^1].Tag != "Caption"))
            {
                problems.Add($"Table \"{Short(table.Text)}\": no Caption as its first or last element.");
            }
            foreach (var row in table.Kids.Where(k => k.Tag == "TR"))
            {
                if (row.Kids.Count == 0 || row.Kids.Any(c => c.Tag is not ("TH" or "TD")))
                {
                    problems.Add($"Table \"{Short(table.Text)}\": a row holds {(row.Kids.Count == 0 ? "nothing" : string.Join(", ", row.Kids.Select(c => c.Tag)))}.");
                }
                if (row.Text.Trim().Length == 0) problems.Add($"Table \"{Short(table.Text)}\": an empty row (a row used for spacing).");
            }
            if (!table.Descendants().Any(e => e.Tag == "TH")) problems.Add($"Table \"{Short(table.Text)}\": no header cells.");
        }
        foreach (var caption in All("Caption"))
        {
            if (caption.Parent?.Tag != "Table") problems.Add($"Caption \"{Short(caption.Text)}\" stands outside a table.");
            if (caption.Kids.Count(k => k.Text.Trim().Length > 0) < 2) problems.Add($"Caption \"{Short(caption.Text)}\": label and subtitle are not two parts.");
        }
        foreach (var cell in All("TH"))
        {
            if (cell.Scope is not ("Row" or "Column" or "Both")) problems.Add($"{cell}: a header cell without /Scope.");
        }
        foreach (var cell in All("TH").Concat(All("TD")))
        {
            foreach (var header in cell.Headers.Where(h => !headerIds.Contains(h)))
            {
                problems.Add($"{cell}: /Headers names {header}, which is no header cell's id.");
            }
        }
        foreach (var note in All("Note"))
        {
            if (note.Id is null) problems.Add($"Note \"{Short(note.Text)}\" has no /ID.");
        }
        foreach (var artifact in Artifacts.Where(a => a.Text.Length > 0 && a.Type != "Pagination"))
        {
            problems.Add($"Page {artifact.Page + 1}: an artifact with text is typed {artifact.Type ?? "nothing"}, not Pagination.");
        }
    }

    /// <summary>
    /// What a tagged PDF exported from our .docx (LibreOffice, Word) must show, whoever wrote its tag names: the given
    /// headings as H1/H2 (through the role map), header cells in every table, and no empty row.
    /// </summary>
    public IReadOnlyList<string> WordExportProblems(IReadOnlyList<(string Text, int Level)> headings)
    {
        var found = new List<string>();
        var actual = Elements.Where(e => e.Role is "H1" or "H2" or "H3" or "H4" or "H5" or "H6")
            .Select(e => (Text: e.Text.Trim(), Level: e.Role[1] - '0')).ToList();
        if (!actual.SequenceEqual(headings))
        {
            found.Add($"Headings {string.Join(" | ", actual.Select(h => $"H{h.Level} {h.Text}"))}, expected {string.Join(" | ", headings.Select(h => $"H{h.Level} {h.Text}"))}.");
        }
        var tables = Elements.Where(e => e.Role == "Table").ToList();
        if (tables.Count == 0) found.Add("No table is tagged as a table.");
        foreach (var table in tables)
        {
            if (!table.Descendants().Any(e => e.Role == "TH")) found.Add($"Table \"{Short(table.Text)}\" has no header cell (TH).");
            var empty = table.Descendants().Count(e => e.Role == "TR" && e.Text.Trim().Length == 0);
            if (empty > 0) found.Add($"Table \"{Short(table.Text)}\" has {empty} empty rows (TR).");
        }
        return found;
    }

    /// <summary>Headings and table captions, in reading order: what the bookmarks must list.</summary>
    public IReadOnlyList<string> Landmarks() => Elements
        .Where(e => e.Tag is "H1" or "H2" or "H3" or "H4" or "H5" or "H6" || (e.Tag == "Table" && e.Kids.Any(k => k.Tag == "Caption")))
        .Select(e => e.Tag == "Table" ? e.Kids.First(k => k.Tag == "Caption") : e)
        .Select(e => e.Tag == "Caption" ? string.Join(": ", e.Kids.Select(k => k.Text.Trim()).Where(t => t.Length > 0)) : e.Text.Trim())
        .ToList();

    private void CheckBookmarks()
    {
        var expected = Landmarks();
        var actual = Bookmarks.Select(b => b.Title).ToList();
        if (!expected.SequenceEqual(actual, StringComparer.Ordinal))
        {
            problems.Add($"The bookmarks ({string.Join(" | ", actual)}) are not the headings and tables in reading order ({string.Join(" | ", expected)}).");
        }
    }

    private static List<(string, int)> ReadOutlines(PdfDocument document, DictionaryToken catalog)
    {
        var result = new List<(string, int)>();
        void Walk(DictionaryToken? item, int depth)
        {
            var guard = 0;
            while (item is not null && guard++ < 100_000)
            {
                result.Add((TextOf(Resolve(document, item.Data.GetValueOrDefault("Title"))), depth));
                Walk(Get<DictionaryToken>(document, item, "First"), depth + 1);
                item = Get<DictionaryToken>(document, item, "Next");
            }
        }
        if (Get<DictionaryToken>(document, catalog, "Outlines") is { } outlines) Walk(Get<DictionaryToken>(document, outlines, "First"), 0);
        return result;
    }

    private static int? Page(PdfDocument document, DictionaryToken dictionary, List<IndirectReference> pages) =>
        dictionary.Data.TryGetValue("Pg", out var pg) && pg is IndirectReferenceToken reference && pages.IndexOf(reference.Data) is var index and >= 0
            ? index
            : null;

    /// <summary>The pages' object references in page order, from the page tree.</summary>
    private static List<IndirectReference> PageReferences(PdfDocument document, DictionaryToken catalog)
    {
        var result = new List<IndirectReference>();
        void Walk(IToken? node, int depth)
        {
            if (depth > 64 || node is not IndirectReferenceToken reference) return;
            if (document.Structure.GetObject(reference.Data).Data is not DictionaryToken dictionary) return;
            if (Get<NameToken>(document, dictionary, "Type")?.Data == "Page")
            {
                result.Add(reference.Data);
                return;
            }
            foreach (var kid in Items(document, dictionary, "Kids")) Walk(kid, depth + 1);
        }
        Walk(catalog.Data.GetValueOrDefault("Pages"), 0);
        return result;
    }

    /// <summary>A text string, literal or hexadecimal (PDFsharp writes non-ASCII text as UTF-16 hex).</summary>
    private static string TextOf(IToken? token) => token switch
    {
        StringToken text => text.Data,
        HexToken hex => hex.Data,
        _ => "",
    };

    private static IToken? Resolve(PdfDocument document, IToken? token) =>
        token is IndirectReferenceToken reference ? document.Structure.GetObject(reference.Data).Data : token;

    private static T? Get<T>(PdfDocument document, DictionaryToken dictionary, string key) where T : class, IToken =>
        dictionary.Data.TryGetValue(key, out var token) ? Resolve(document, token) as T : null;

    /// <summary>A key's value as a list: an array's items, or the single value.</summary>
    private static IEnumerable<IToken> Items(PdfDocument document, DictionaryToken dictionary, string key) =>
        dictionary.Data.TryGetValue(key, out var token)
            ? Resolve(document, token) is ArrayToken array ? array.Data : [token]
            : [];

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
