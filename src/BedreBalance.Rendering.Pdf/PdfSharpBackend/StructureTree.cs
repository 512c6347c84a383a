using System.Globalization;
using BedreBalance.Rendering.Pdf.Layout;
using PdfSharp.Pdf;

namespace BedreBalance.Rendering.Pdf.PdfSharpBackend;

/// <summary>
/// The document's logical structure: structure elements with their attributes, the marked-content ids (MCIDs) each
/// page's content carries, the parent tree that maps every MCID back to its element, and the id tree. Written by
/// this class rather than PDFsharp's UAManager, which cannot set attributes, ids or typed artifacts, and whose
/// marked content crosses BT/ET (see <see cref="PdfSharpCanvas"/>).
/// <para>
/// The elements are recorded here in plain lists while the pages are drawn and written as PDF objects only after
/// PDFsharp has saved the rest, by the archival rewrite (<see cref="IAppendedObjects"/>): a tagged table has an
/// element for every row and cell, 30.000 at 10.000 rows, and as PDFsharp objects (a dictionary, its entries and a
/// reference each) they were most of what the collector walked and what PDFsharp's save sorted, a cost that grew
/// faster than the rows. Only the tree's root and the document element stay PDFsharp objects, which the catalog
/// refers to; the rewrite gives them their kids, parent tree and id tree.
/// </para>
/// </summary>
internal sealed class StructureTree(PdfDictionary treeRoot, PdfDictionary documentElement, int maximumArrayLength) : IAppendedObjects
{
    /// <summary>A kid of an element: another element, an MCID on the element's own page, or one on a later page.</summary>
    private readonly record struct Kid(KidKind Kind, int Value, int Page);

    private enum KidKind : byte
    {
        Element,
        MarkedContent,
        MarkedContentOnPage,
    }

    /// <summary>An element: what it is, whose kid, what it says beyond its tag, its kids and the page of its first content.</summary>
    private sealed class Element(int parent, string tag)
    {
        /// <summary>The only kid so far; a list is made for the second (most cells have one MCID).</summary>
        private Kid single;
        private List<Kid>? many;

        /// <summary>The parent's index, or -1 for a kid of the document element.</summary>
        public int Parent { get; } = parent;
        public string Tag { get; } = tag;
        public string? Id { get; set; }
        public string? ActualText { get; set; }
        /// <summary>The index of its shared table attribute object, or -1.</summary>
        public int Attributes { get; set; } = -1;
        /// <summary>The page index of its first marked content (its /Pg), or -1.</summary>
        public int Page { get; set; } = -1;
        /// <summary>What a reader calls the element (a table's caption, from its bookmark), for messages; null if unnamed.</summary>
        public string? Label { get; set; }
        /// <summary>How many of the kids are table rows (TR).</summary>
        public int Rows { get; set; }
        public int KidCount { get; private set; }

        public void AddKid(Kid kid)
        {
            if (KidCount == 1) many = [single];
            if (many is null) single = kid;
            else many.Add(kid);
            KidCount++;
        }

        public Kid KidAt(int index) => many is null ? single : many[index];
    }

    /// <summary>The document element's kids, as an element of their own that is not written (PDFsharp writes it).</summary>
    private readonly Element root = new(-1, "Document");
    private readonly List<Element> elements = [];
    private readonly Stack<int> open = new();
    /// <summary>Per page with marked content, in page order: the page's index and the element of each MCID, by MCID.</summary>
    private readonly List<(int Page, List<int> Owners)> parentTree = [];
    private readonly SortedDictionary<string, int> ids = new(StringComparer.Ordinal);
    /// <summary>Table attribute objects by what they say: a column's cells under one row header all say the same.</summary>
    private readonly Dictionary<(HeaderScope? Scope, IReadOnlyList<string>? Headers), int> attributeIndex = new(SameAttributes.Instance);
    private readonly List<(HeaderScope? Scope, IReadOnlyList<string>? Headers)> attributes = [];
    private readonly List<OversizedStructure> oversized = [];
    /// <summary>Every page, for its object number after the save (<see cref="NumberAfterSave"/>).</summary>
    private readonly List<PdfPage> pages = [];
    private PdfPage? currentPage;
    private int page = -1;
    private List<int>? pageOwners;

    // Known after PDFsharp's save: the object numbers of the pages, the tree's root and the document element.
    private int[]? pageNumbers;
    private int treeRootNumber;
    private int documentElementNumber;
    private IReadOnlyList<SearchTrees.Node>? parentTreePlan;
    private IReadOnlyList<SearchTrees.Node>? idTreePlan;
    private bool finished;

    /// <summary>
    /// Elements with more kids than one array may hold under PDF/A-1. No standard structure type of PDF 1.4 can group
    /// a table's rows (there is no TBody, and PDF/UA forbids remapping), so such a file cannot be PDF/A-1.
    /// </summary>
    public IReadOnlyList<OversizedStructure> Oversized => oversized;

    /// <summary>Names every open element that has no name yet: a bookmark's title names the table it lies in.</summary>
    public void Label(string title)
    {
        foreach (var index in open) elements[index].Label ??= title;
    }

    public void StartPage(PdfPage newPage)
    {
        pages.Add(newPage);
        currentPage = newPage;
        page = pages.Count - 1;
        pageOwners = null;
    }

    public void Begin(StructureTag tag, StructureAttributes? attributes)
    {
        var parent = open.Count > 0 ? open.Peek() : -1;
        var element = new Element(parent, TagName(tag));
        var index = elements.Count;
        elements.Add(element);
        if (attributes is not null) SetAttributes(element, index, attributes);
        var parentElement = parent < 0 ? root : elements[parent];
        parentElement.AddKid(new Kid(KidKind.Element, index, -1));
        if (element.Tag == "TR") parentElement.Rows++;
        open.Push(index);
    }

    public void End()
    {
        if (open.Count == 0) throw new InvalidOperationException("EndStructure without a matching BeginStructure.");
        var element = elements[open.Pop()];
        if (element.KidCount > maximumArrayLength) oversized.Add(new OversizedStructure(element.Tag, element.Label, element.KidCount, element.Rows));
    }

    /// <summary>The structure tag of the innermost open element, as written before an MCID ("TD").</summary>
    public string CurrentTag => open.Count > 0 ? elements[open.Peek()].Tag : throw new InvalidOperationException("Content drawn outside any structure element or artifact.");

    /// <summary>Gives the innermost open element the next MCID of the current page and returns it.</summary>
    public int NewMarkedContent()
    {
        if (page < 0 || currentPage is null) throw new InvalidOperationException("Marked content before the first page.");
        var owner = open.Count > 0 ? open.Peek() : throw new InvalidOperationException("Content drawn outside any structure element or artifact.");
        if (pageOwners is null)
        {
            pageOwners = [];
            currentPage.Elements.SetInteger("/StructParents", parentTree.Count);
            parentTree.Add((page, pageOwners));
        }
        var mcid = pageOwners.Count;
        pageOwners.Add(owner);
        var element = elements[owner];
        if (element.Page < 0) element.Page = page;
        // Content of an element that continues on a later page is referred to with its page (a marked-content reference).
        element.AddKid(element.Page == page ? new Kid(KidKind.MarkedContent, mcid, -1) : new Kid(KidKind.MarkedContentOnPage, mcid, page));
        return mcid;
    }

    /// <summary>
    /// Ends the recording, after the last page: the tree's root and document element are left for PDFsharp to save
    /// without the entries the rewrite gives them (<see cref="Patch"/>).
    /// </summary>
    public void Finish()
    {
        if (open.Count > 0) throw new InvalidOperationException($"{open.Count} structure elements left open.");
        if (root.KidCount > maximumArrayLength) oversized.Add(new OversizedStructure(root.Tag, null, root.KidCount, root.Rows));
        // PDFsharp's own parent tree and kids are left out: they would be empty, and the rewrite writes the real ones.
        treeRoot.Elements.Remove("/ParentTree");
        treeRoot.Elements.Remove("/ParentTreeNextKey");
        treeRoot.Elements.Remove("/IDTree");
        documentElement.Elements.Remove("/K");
        // Optional (ISO 32000-1, table 323); leaving it out of 30.000 elements saved a tenth of a long letter.
        documentElement.Elements.Remove("/Type");
        currentPage = null;
        finished = true;
    }

    /// <summary>Takes the object numbers PDFsharp gave the pages, the root and the document element. Call after its save.</summary>
    public void NumberAfterSave()
    {
        if (!finished) throw new InvalidOperationException("The structure is numbered before it is finished.");
        // The document may not be touched after its save (not even its page list), so the pages were kept as added.
        pageNumbers = pages.Select(added => added.Internals.ObjectNumber).ToArray();
        pages.Clear();
        treeRootNumber = treeRoot.Internals.ObjectNumber;
        documentElementNumber = documentElement.Internals.ObjectNumber;
        if (treeRootNumber == 0 || documentElementNumber == 0) throw new InvalidOperationException("The structure tree root was not saved.");
    }

    /// <summary>Elements, then attribute objects, then the parent tree's nodes, then the id tree's.</summary>
    public int Count
    {
        get
        {
            var (parentTreeNodes, idTreeNodes) = PlanTrees(0);
            return elements.Count + attributes.Count + parentTreeNodes.Count + idTreeNodes.Count;
        }
    }

    public bool Patches(int number) => number == documentElementNumber || number == treeRootNumber;

    public string Patch(int number, string dictionary, int firstNumber)
    {
        if (pageNumbers is null) throw new InvalidOperationException("The structure is written before it is numbered.");
        if (number == documentElementNumber) return PdfSyntax.WithEntry(dictionary, "K", KidsText(root, firstNumber));
        if (number != treeRootNumber) throw new ArgumentOutOfRangeException(nameof(number), number, "Not an object the structure changes.");
        var (parentTreePlan, idTreePlan) = PlanTrees(firstNumber);
        var patched = PdfSyntax.WithEntry(dictionary, "ParentTree", Invariant(parentTreePlan[0].Number) + " 0 R");
        patched = PdfSyntax.WithEntry(patched, "ParentTreeNextKey", Invariant(parentTree.Count));
        return idTreePlan.Count == 0 ? patched : PdfSyntax.WithEntry(patched, "IDTree", Invariant(idTreePlan[0].Number) + " 0 R");
    }

    public void Write(PdfObjectWriter writer, int firstNumber)
    {
        if (pageNumbers is null) throw new InvalidOperationException("The structure is written before it is numbered.");
        for (var index = 0; index < elements.Count; index++) WriteElement(writer, elements[index], firstNumber + index, firstNumber);
        var firstAttribute = firstNumber + elements.Count;
        for (var index = 0; index < attributes.Count; index++) WriteAttributes(writer, attributes[index], firstAttribute + index);
        var (parentTreePlan, idTreePlan) = PlanTrees(firstNumber);
        SearchTrees.Write(writer, parentTreePlan, "Nums"u8,
            (w, key) => w.Integer(key),
            (w, key) =>
            {
                w.Raw("["u8);
                var owners = parentTree[key].Owners;
                for (var i = 0; i < owners.Count; i++)
                {
                    if (i > 0) w.Raw(" "u8);
                    w.Reference(firstNumber + owners[i]);
                }
                w.Raw("]"u8);
            });
        if (idTreePlan.Count == 0) return;
        var idList = ids.ToList();
        SearchTrees.Write(writer, idTreePlan, "Names"u8, (w, key) => w.TextString(idList[key].Key), (w, key) => w.Reference(firstNumber + idList[key].Value));
    }

    private (IReadOnlyList<SearchTrees.Node> ParentTree, IReadOnlyList<SearchTrees.Node> IdTree) PlanTrees(int firstNumber)
    {
        var firstParentTreeNode = firstNumber + elements.Count + attributes.Count;
        if (parentTreePlan is null || parentTreePlan[0].Number != firstParentTreeNode)
        {
            parentTreePlan = SearchTrees.Plan(parentTree.Count, maximumArrayLength, firstParentTreeNode);
            idTreePlan = ids.Count == 0 ? [] : SearchTrees.Plan(ids.Count, maximumArrayLength, firstParentTreeNode + parentTreePlan.Count);
        }
        return (parentTreePlan, idTreePlan!);
    }

    private void WriteElement(PdfObjectWriter writer, Element element, int number, int firstNumber)
    {
        writer.BeginObject(number).Raw("<</P "u8).Reference(element.Parent < 0 ? documentElementNumber : firstNumber + element.Parent)
            .Raw("/S"u8).Name(element.Tag);
        if (element.Id is { } id) writer.Raw("/ID"u8).TextString(id);
        if (element.ActualText is { } actualText) writer.Raw("/ActualText"u8).TextString(actualText);
        if (element.Attributes >= 0) writer.Raw("/A "u8).Reference(firstNumber + elements.Count + element.Attributes);
        if (element.Page >= 0) writer.Raw("/Pg "u8).Reference(pageNumbers![element.Page]);
        if (element.KidCount == 1 && element.KidAt(0).Kind == KidKind.MarkedContent)
        {
            // A lone MCID as the integer itself (ISO 32000-1, table 323: /K is a kid or an array of kids).
            writer.Raw("/K "u8).Integer(element.KidAt(0).Value);
        }
        else if (element.KidCount > 0)
        {
            writer.Raw("/K"u8);
            WriteKids(writer, element, firstNumber);
        }
        writer.Raw(">>"u8).EndObject();
    }

    private void WriteKids(PdfObjectWriter writer, Element element, int firstNumber)
    {
        writer.Raw("["u8);
        for (var i = 0; i < element.KidCount; i++)
        {
            if (i > 0) writer.Raw(" "u8);
            var kid = element.KidAt(i);
            switch (kid.Kind)
            {
                case KidKind.Element:
                    writer.Reference(firstNumber + kid.Value);
                    break;
                case KidKind.MarkedContent:
                    writer.Integer(kid.Value);
                    break;
                default:
                    writer.Raw("<</Type/MCR/Pg "u8).Reference(pageNumbers![kid.Page]).Raw("/MCID "u8).Integer(kid.Value).Raw(">>"u8);
                    break;
            }
        }
        writer.Raw("]"u8);
    }

    private string KidsText(Element element, int firstNumber) => PdfObjectWriter.ValueText(writer => WriteKids(writer, element, firstNumber));

    private static void WriteAttributes(PdfObjectWriter writer, (HeaderScope? Scope, IReadOnlyList<string>? Headers) attributes, int number)
    {
        writer.BeginObject(number).Raw("<</O/Table"u8);
        if (attributes.Scope is { } scope) writer.Raw("/Scope"u8).Name(scope.ToString());
        if (attributes.Headers is { Count: > 0 } headers)
        {
            writer.Raw("/Headers["u8);
            foreach (var header in headers) writer.TextString(header);
            writer.Raw("]"u8);
        }
        writer.Raw(">>"u8).EndObject();
    }

    private void SetAttributes(Element element, int index, StructureAttributes attributes)
    {
        if (attributes.Id is { } id)
        {
            if (!ids.TryAdd(id, index)) throw new InvalidOperationException($"The structure id \"{id}\" is used twice.");
            element.Id = id;
        }
        element.ActualText = attributes.ActualText;
        if (attributes.Scope is not null || attributes.Headers is { Count: > 0 })
        {
            if (element.Tag is not ("TH" or "TD")) throw new InvalidOperationException($"Table attributes on a {element.Tag}.");
            element.Attributes = SharedTableAttributes(attributes.Scope, attributes.Headers);
        }
    }

    /// <summary>
    /// One indirect attribute object for each distinct /Scope and /Headers, referred to by every cell that has them
    /// (ISO 32000-1, 14.7.5: an attribute object is a dictionary, direct or indirect). At 10.000 rows the 20.000 cells
    /// share 21 objects; written into each cell, the same 50 bytes made a quarter of the file.
    /// </summary>
    private int SharedTableAttributes(HeaderScope? scope, IReadOnlyList<string>? headers)
    {
        if (attributeIndex.TryGetValue((scope, headers), out var shared)) return shared;
        attributes.Add((scope, headers));
        attributeIndex.Add((scope, headers), attributes.Count - 1);
        return attributes.Count - 1;
    }

    /// <summary>Attributes are the same when they say the same: the scope and the header ids, in order (no key string per cell).</summary>
    private sealed class SameAttributes : IEqualityComparer<(HeaderScope? Scope, IReadOnlyList<string>? Headers)>
    {
        public static readonly SameAttributes Instance = new();

        // Indexed loops: a foreach over IReadOnlyList boxes its enumerator, and this runs for every table cell.
        public bool Equals((HeaderScope? Scope, IReadOnlyList<string>? Headers) x, (HeaderScope? Scope, IReadOnlyList<string>? Headers) y)
        {
            if (x.Scope != y.Scope) return false;
            // The layout gives a column's cells under one row header the same list.
            if (ReferenceEquals(x.Headers, y.Headers)) return true;
            var (first, second) = (x.Headers ?? [], y.Headers ?? []);
            if (first.Count != second.Count) return false;
            for (var i = 0; i < first.Count; i++)
            {
                if (!string.Equals(first[i], second[i], StringComparison.Ordinal)) return false;
            }
            return true;
        }

        public int GetHashCode((HeaderScope? Scope, IReadOnlyList<string>? Headers) attributes)
        {
            var hash = new HashCode();
            hash.Add(attributes.Scope);
            var headers = attributes.Headers ?? [];
            for (var i = 0; i < headers.Count; i++) hash.Add(headers[i], StringComparer.Ordinal);
            return hash.ToHashCode();
        }
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

/// <summary>
/// Objects a rewrite of a saved file adds after the file's own (numbered from the first free number it gives), and
/// the changes they need in the file's own objects, which refer to them.
/// </summary>
internal interface IAppendedObjects
{
    /// <summary>How many objects <see cref="Write"/> writes.</summary>
    int Count { get; }

    /// <summary>Whether the file's own object <paramref name="number"/> must refer to the added objects.</summary>
    bool Patches(int number);

    /// <summary>The dictionary of an object that <see cref="Patches"/>, changed to refer to the added objects.</summary>
    string Patch(int number, string dictionary, int firstNumber);

    /// <summary>Writes the objects, numbered <paramref name="firstNumber"/> to <paramref name="firstNumber"/> + <see cref="Count"/> − 1.</summary>
    void Write(PdfObjectWriter writer, int firstNumber);
}
