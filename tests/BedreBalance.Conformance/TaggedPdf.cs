using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Tokens;

namespace BedreBalance.Conformance;

/// <summary>A page: its number (from 1), its object, its dictionary and its content stream's operators in order.</summary>
public sealed record TaggedPage(int Number, IndirectReference Reference, DictionaryToken Dictionary, IReadOnlyList<IGraphicsStateOperation> Operations);

/// <summary>A structure element as the tree holds it: its object (if indirect), type, parent, and page (own or inherited).</summary>
public sealed record StructureElement(IndirectReference? Reference, string Type, DictionaryToken Dictionary, StructureElement? Parent, IndirectReference? Page)
{
    public override string ToString() => Reference is { } r ? $"/{Type} {r.ObjectNumber} {r.Generation} R" : $"/{Type}";
}

/// <summary>
/// A PDF read with PdfPig, in the terms the structure checks use: the pages with their operators, the catalog,
/// the structure tree and the parent tree, and helpers to follow references and decode streams.
/// </summary>
public sealed class TaggedPdf : IDisposable
{
    private readonly PdfDocument document;
    private readonly Lazy<IReadOnlyList<TaggedPage>> pages;
    private readonly Lazy<IReadOnlyList<StructureElement>> elements;

    private TaggedPdf(PdfDocument document, byte[] bytes)
    {
        this.document = document;
        Bytes = bytes;
        pages = new(ReadPages);
        elements = new(ReadStructureTree);
    }

    public static TaggedPdf Open(byte[] bytes) => new(PdfDocument.Open(bytes), bytes);

    /// <summary>The file as read, for checks that read it their own way (<see cref="PdfStructure"/>).</summary>
    public byte[] Bytes { get; }

    public DictionaryToken Catalog => document.Structure.Catalog.CatalogDictionary;

    public IReadOnlyList<TaggedPage> Pages => pages.Value;

    /// <summary>The catalog's /StructTreeRoot, or null if the file is not tagged.</summary>
    public DictionaryToken? StructTreeRoot => Get<DictionaryToken>(Catalog, "StructTreeRoot");

    /// <summary>Every structure element, depth first in the tree's order (the reading order).</summary>
    public IReadOnlyList<StructureElement> Elements => elements.Value;

    /// <summary>The token itself, or what an indirect reference points at.</summary>
    public IToken? Resolve(IToken? token)
    {
        for (var depth = 0; token is IndirectReferenceToken reference && depth < 32; depth++)
        {
            token = document.Structure.GetObject(reference.Data)?.Data;
        }
        return token;
    }

    public T? Get<T>(DictionaryToken? dictionary, string key) where T : class, IToken =>
        dictionary is not null && dictionary.TryGet(NameToken.Create(key), out var value) ? Resolve(value) as T : null;

    public byte[] Decode(StreamToken stream) =>
        stream.Decode(document.Structure.FilterProvider, document.Structure.TokenScanner).ToArray();

    public string DecodeUtf8(StreamToken stream) => Encoding.UTF8.GetString(Decode(stream));

    /// <summary>
    /// The marked-content sequences an element holds directly, as (page, MCID): integer kids on the element's page,
    /// and marked-content references (/Type /MCR) on their own /Pg or the element's.
    /// </summary>
    public IEnumerable<(IndirectReference? Page, int Mcid)> MarkedContentOf(StructureElement element)
    {
        if (!element.Dictionary.TryGet(NameToken.Create("K"), out var kids)) yield break;
        foreach (var kid in kids is ArrayToken array ? array.Data : [kids])
        {
            if (kid is NumericToken mcid)
            {
                yield return (element.Page, mcid.Int);
            }
            else if (Resolve(kid) is DictionaryToken reference && Get<NameToken>(reference, "Type")?.Data == "MCR"
                && Get<NumericToken>(reference, "MCID") is { } referenced)
            {
                var page = reference.TryGet(NameToken.Create("Pg"), out var pg) && pg is IndirectReferenceToken pgReference ? pgReference.Data : element.Page;
                yield return (page, referenced.Int);
            }
        }
    }

    /// <summary>The properties of a BDC operator: its inline dictionary, or the named entry of the page's /Properties.</summary>
    public DictionaryToken? PropertiesOf(TaggedPage page, UglyToad.PdfPig.Graphics.Operations.MarkedContent.BeginMarkedContentWithProperties operation)
    {
        if (operation.Properties is { } inline) return inline;
        if (operation.PropertyDictionaryName is not { } name) return null;
        var resources = Get<DictionaryToken>(page.Dictionary, "Resources");
        return Get<DictionaryToken>(Get<DictionaryToken>(resources, "Properties"), name.Data);
    }

    /// <summary>The MCID of a marked-content operator, or null for BMC and BDC without one.</summary>
    public int? McidOf(TaggedPage page, IGraphicsStateOperation operation) =>
        operation is UglyToad.PdfPig.Graphics.Operations.MarkedContent.BeginMarkedContentWithProperties bdc
            && Get<NumericToken>(PropertiesOf(page, bdc), "MCID") is { } mcid ? mcid.Int : null;

    /// <summary>The tag of a BMC or BDC operator ("P", "Artifact"), or null for any other operator.</summary>
    public static string? TagOf(IGraphicsStateOperation operation) => operation switch
    {
        UglyToad.PdfPig.Graphics.Operations.MarkedContent.BeginMarkedContentWithProperties bdc => bdc.Name.Data,
        UglyToad.PdfPig.Graphics.Operations.MarkedContent.BeginMarkedContent bmc => bmc.Name.Data,
        _ => null,
    };

    /// <summary>The parent tree (/StructTreeRoot /ParentTree) as key → value, from /Nums of every node.</summary>
    public Dictionary<int, IToken> ParentTree()
    {
        var entries = new Dictionary<int, IToken>();
        var root = Get<DictionaryToken>(StructTreeRoot, "ParentTree");
        if (root is null) return entries;
        var pending = new Stack<DictionaryToken>([root]);
        var visited = 0;
        while (pending.Count > 0 && visited++ < 100_000)
        {
            var node = pending.Pop();
            if (Get<ArrayToken>(node, "Nums") is { } nums)
            {
                for (var i = 0; i + 1 < nums.Length; i += 2)
                {
                    if (nums[i] is NumericToken key) entries[key.Int] = nums[i + 1];
                }
            }
            foreach (var kid in Get<ArrayToken>(node, "Kids")?.Data ?? [])
            {
                if (Resolve(kid) is DictionaryToken child) pending.Push(child);
            }
        }
        return entries;
    }

    /// <summary>Every object the cross-reference table lists, read (an object that cannot be read is skipped).</summary>
    public IEnumerable<(IndirectReference Reference, IToken Token)> AllObjects()
    {
        foreach (var reference in document.Structure.CrossReferenceTable.ObjectOffsets.Keys.OrderBy(r => r.ObjectNumber))
        {
            var token = document.Structure.GetObject(reference)?.Data;
            if (token is not null) yield return (reference, token);
        }
    }

    public void Dispose() => document.Dispose();

    private List<TaggedPage> ReadPages()
    {
        // The page tree gives each page's object; PdfPig's pages give the operators, in the same order.
        var references = new List<IndirectReference>();
        void Walk(IToken? node, int depth)
        {
            if (depth > 64 || node is not IndirectReferenceToken reference || Resolve(reference) is not DictionaryToken dictionary) return;
            if (Get<ArrayToken>(dictionary, "Kids") is { } kids)
            {
                foreach (var kid in kids.Data) Walk(kid, depth + 1);
            }
            else
            {
                references.Add(reference.Data);
            }
        }
        Catalog.TryGet(NameToken.Pages, out var root);
        Walk(root, 0);
        if (references.Count != document.NumberOfPages)
        {
            throw new InvalidOperationException($"The page tree holds {references.Count} pages, the document {document.NumberOfPages}.");
        }
        return references.Select((reference, i) =>
        {
            var page = document.GetPage(i + 1);
            return new TaggedPage(i + 1, reference, page.Dictionary, page.Operations);
        }).ToList();
    }

    private List<StructureElement> ReadStructureTree()
    {
        var found = new List<StructureElement>();
        var visited = new HashSet<IndirectReference>();
        void Visit(IToken? token, StructureElement? parent)
        {
            switch (token)
            {
                case ArrayToken array:
                    foreach (var item in array.Data) Visit(item, parent);
                    return;
                case IndirectReferenceToken reference:
                    if (!visited.Add(reference.Data)) return;
                    if (Resolve(reference) is DictionaryToken referenced) VisitDictionary(reference.Data, referenced, parent);
                    return;
                case DictionaryToken dictionary:
                    VisitDictionary(null, dictionary, parent);
                    return;
            }
        }
        void VisitDictionary(IndirectReference? reference, DictionaryToken dictionary, StructureElement? parent)
        {
            var type = Get<NameToken>(dictionary, "Type")?.Data;
            if (type is "MCR" or "OBJR" || !dictionary.ContainsKey(NameToken.Create("S"))) return;
            var page = dictionary.TryGet(NameToken.Create("Pg"), out var pg) && pg is IndirectReferenceToken pgReference ? pgReference.Data : parent?.Page;
            var element = new StructureElement(reference, Get<NameToken>(dictionary, "S")?.Data ?? "?", dictionary, parent, page);
            found.Add(element);
            if (dictionary.TryGet(NameToken.Create("K"), out var kids)) Visit(kids, element);
        }
        if (StructTreeRoot is { } root && root.TryGet(NameToken.Create("K"), out var top)) Visit(top, null);
        return found;
    }
}
