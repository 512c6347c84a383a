using System.Globalization;
using BedreBalance.Rendering.Pdf.Layout;
using PdfSharp.Pdf;

namespace BedreBalance.Rendering.Pdf.PdfSharpBackend;

/// <summary>
/// The document's logical structure as PDF objects: structure elements with their attributes, the marked-content
/// ids (MCIDs) each page's content carries, the parent tree that maps every MCID back to its element, and the id
/// tree. Written by this class rather than PDFsharp's UAManager, which cannot set attributes, ids or typed
/// artifacts, and whose marked content crosses BT/ET (see <see cref="PdfSharpCanvas"/>).
/// </summary>
internal sealed class StructureTree(PdfDocument document, PdfDictionary treeRoot, PdfDictionary documentElement, int maximumArrayLength)
{
    /// <summary>An element while it is being filled: its dictionary, its kids, and the page its first content is on.</summary>
    private sealed class Node(PdfDocument document, PdfDictionary element, string tag)
    {
        /// <summary>The only kid so far; an array is made for the second (most cells have one MCID and no array).</summary>
        private PdfItem? single;
        private PdfArray? many;

        public PdfDictionary Element { get; } = element;
        public string Tag { get; } = tag;
        public PdfPage? Page { get; set; }
        /// <summary>What a reader calls the element (a table's caption, from its bookmark), for messages; null if unnamed.</summary>
        public string? Label { get; set; }
        /// <summary>How many of the kids are table rows (TR).</summary>
        public int Rows { get; set; }
        public int KidCount => many?.Elements.Count ?? (single is null ? 0 : 1);

        public void AddKid(PdfItem kid)
        {
            if (single is null && many is null)
            {
                single = kid;
                return;
            }
            if (many is null)
            {
                many = new PdfArray(document);
                many.Elements.Add(single!);
                single = null;
            }
            many.Elements.Add(kid);
        }

        /// <summary>
        /// The value of /K: a lone MCID as the integer itself, anything else as an array, or null for none (ISO 32000-1,
        /// table 323: /K is a kid or an array of kids). At 10.000 rows that spares 20.000 one-item arrays.
        /// </summary>
        public PdfItem? Kids => many ?? (single is null or PdfInteger ? single : new PdfArray(document, single));
    }

    private readonly Node root = new(document, documentElement, "Document");
    private readonly Stack<Node> open = new();
    /// <summary>Per page with marked content, in page order: the page and the element of each MCID, by MCID.</summary>
    private readonly List<(PdfPage Page, List<PdfDictionary> Owners)> parentTree = [];
    private readonly SortedDictionary<string, PdfDictionary> ids = new(StringComparer.Ordinal);
    /// <summary>Table attribute objects by what they say: a column's cells under one row header all say the same.</summary>
    private readonly Dictionary<string, PdfDictionary> tableAttributes = new(StringComparer.Ordinal);
    private PdfPage? page;
    private List<PdfDictionary>? pageOwners;
    private readonly List<OversizedStructure> oversized = [];

    /// <summary>
    /// Elements with more kids than one array may hold under PDF/A-1. No standard structure type of PDF 1.4 can group
    /// a table's rows (there is no TBody, and PDF/UA forbids remapping), so such a file cannot be PDF/A-1.
    /// </summary>
    public IReadOnlyList<OversizedStructure> Oversized => oversized;

    /// <summary>Names every open element that has no name yet: a bookmark's title names the table it lies in.</summary>
    public void Label(string title)
    {
        foreach (var node in open) node.Label ??= title;
    }

    public bool IsInsideElement => open.Count > 0;

    public void StartPage(PdfPage newPage)
    {
        page = newPage;
        pageOwners = null;
    }

    public void Begin(StructureTag tag, StructureAttributes? attributes)
    {
        var parent = open.Count > 0 ? open.Peek() : root;
        var name = TagName(tag);
        var element = new PdfDictionary(document);
        document.Internals.AddObject(element);
        element.Elements.SetName("/Type", "/StructElem");
        // /P before /S, in PDFsharp's own order (CompactStructureTests reads the saved keys in this order).
        element.Elements.SetReference("/P", parent.Element);
        element.Elements.SetName("/S", "/" + name);
        if (attributes is not null) SetAttributes(element, name, attributes);
        parent.AddKid(element.ReferenceNotNull);
        if (name == "TR") parent.Rows++;
        open.Push(new Node(document, element, name));
    }

    public void End()
    {
        if (open.Count == 0) throw new InvalidOperationException("EndStructure without a matching BeginStructure.");
        var node = open.Pop();
        if (node.KidCount > maximumArrayLength) oversized.Add(new OversizedStructure(node.Tag, node.Label, node.KidCount, node.Rows));
        if (node.Kids is { } kids) node.Element.Elements["/K"] = kids;
    }

    /// <summary>The structure tag of the innermost open element, as written before an MCID ("TD").</summary>
    public string CurrentTag => open.Count > 0 ? open.Peek().Tag : throw new InvalidOperationException("Content drawn outside any structure element or artifact.");

    /// <summary>Gives the innermost open element the next MCID of the current page and returns it.</summary>
    public int NewMarkedContent()
    {
        var currentPage = page ?? throw new InvalidOperationException("Marked content before the first page.");
        var node = open.Count > 0 ? open.Peek() : throw new InvalidOperationException("Content drawn outside any structure element or artifact.");
        if (pageOwners is null)
        {
            pageOwners = [];
            currentPage.Elements.SetInteger("/StructParents", parentTree.Count);
            parentTree.Add((currentPage, pageOwners));
        }
        var mcid = pageOwners.Count;
        pageOwners.Add(node.Element);
        node.Page ??= currentPage;
        if (ReferenceEquals(node.Page, currentPage))
        {
            if (node.Element.Elements["/Pg"] is null) node.Element.Elements.SetReference("/Pg", currentPage);
            node.AddKid(new PdfInteger(mcid));
        }
        else
        {
            // Content of an element that continues on a later page is referred to with its page.
            var reference = new PdfDictionary(document);
            reference.Elements.SetName("/Type", "/MCR");
            reference.Elements.SetReference("/Pg", currentPage);
            reference.Elements.SetInteger("/MCID", mcid);
            node.AddKid(reference);
        }
        return mcid;
    }

    /// <summary>Writes the root's kids, the parent tree and the id tree. Call once, after the last page.</summary>
    public void Finish()
    {
        if (open.Count > 0) throw new InvalidOperationException($"{open.Count} structure elements left open.");
        if (root.KidCount > maximumArrayLength) oversized.Add(new OversizedStructure(root.Tag, null, root.KidCount, root.Rows));
        documentElement.Elements["/K"] = root.Kids ?? new PdfArray(document);

        var parentTreeNode = treeRoot.Elements.GetDictionary("/ParentTree") ?? throw new InvalidOperationException("The structure tree root has no parent tree.");
        var nums = parentTree.Select((entry, key) =>
        {
            var array = new PdfArray(document);
            foreach (var owner in entry.Owners) array.Elements.Add(owner.ReferenceNotNull);
            return (key, (PdfItem)array);
        }).ToList();
        SearchTrees.Write(document, parentTreeNode, "/Nums", nums, key => new PdfInteger(key), maximumArrayLength);
        treeRoot.Elements.SetInteger("/ParentTreeNextKey", parentTree.Count);

        if (ids.Count > 0)
        {
            var idTree = new PdfDictionary(document);
            var names = ids.Select(entry => (entry.Key, (PdfItem)entry.Value.ReferenceNotNull)).ToList();
            SearchTrees.Write(document, idTree, "/Names", names, id => new PdfString(id), maximumArrayLength);
            treeRoot.Elements["/IDTree"] = idTree;
        }
    }

    private void SetAttributes(PdfDictionary element, string tag, StructureAttributes attributes)
    {
        if (attributes.Id is { } id)
        {
            if (!ids.TryAdd(id, element)) throw new InvalidOperationException($"The structure id \"{id}\" is used twice.");
            element.Elements["/ID"] = new PdfString(id);
        }
        if (attributes.ActualText is { } actualText)
        {
            element.Elements["/ActualText"] = new PdfString(actualText, PdfStringEncoding.Unicode);
        }
        if (attributes.Scope is not null || attributes.Headers is { Count: > 0 })
        {
            if (tag is not ("TH" or "TD")) throw new InvalidOperationException($"Table attributes on a {tag}.");
            element.Elements.SetReference("/A", SharedTableAttributes(attributes.Scope, attributes.Headers));
        }
    }

    /// <summary>
    /// One indirect attribute object for each distinct /Scope and /Headers, referred to by every cell that has them
    /// (ISO 32000-1, 14.7.5: an attribute object is a dictionary, direct or indirect). At 10.000 rows the 20.000 cells
    /// share 21 objects; written into each cell, the same 50 bytes made a quarter of the file.
    /// </summary>
    private PdfDictionary SharedTableAttributes(HeaderScope? scope, IReadOnlyList<string>? headers)
    {
        var key = scope + "\n" + (headers is null ? "" : string.Join("\n", headers));
        if (tableAttributes.TryGetValue(key, out var shared)) return shared;
        var table = new PdfDictionary(document);
        table.Elements.SetName("/O", "/Table");
        if (scope is { } value) table.Elements.SetName("/Scope", "/" + value.ToString());
        if (headers is { Count: > 0 })
        {
            var array = new PdfArray(document);
            foreach (var header in headers) array.Elements.Add(new PdfString(header));
            table.Elements["/Headers"] = array;
        }
        document.Internals.AddObject(table);
        tableAttributes.Add(key, table);
        return table;
    }

    /// <summary>Standard structure types of PDF 1.4 only: PDF/A-1 knows no others, and PDF/UA forbids remapping them.</summary>
    private static string TagName(StructureTag tag) => tag switch
    {
        StructureTag.Heading1 => "H1",
        StructureTag.Heading2 => "H2",
        StructureTag.Heading3 => "H3",
        StructureTag.Heading4 => "H4",
        StructureTag.Heading5 => "H5",
        StructureTag.Heading6 => "H6",
        StructureTag.Paragraph => "P",
        StructureTag.Division => "Div",
        StructureTag.Table => "Table",
        StructureTag.TableRow => "TR",
        StructureTag.TableHeaderCell => "TH",
        StructureTag.TableDataCell => "TD",
        StructureTag.Caption => "Caption",
        StructureTag.Note => "Note",
        StructureTag.Reference => "Reference",
        StructureTag.Span => "Span",
        _ => throw new ArgumentOutOfRangeException(nameof(tag), tag, "No PDF structure type for this tag."),
    };

    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A structure element with more kids than PDF/A-1 lets one array hold: its tag, its name if it has one, its kids and how many are rows.</summary>
internal sealed record OversizedStructure(string Tag, string? Label, int Kids, int Rows);
