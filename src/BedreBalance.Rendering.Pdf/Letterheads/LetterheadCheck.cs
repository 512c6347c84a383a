using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace BedreBalance.Rendering.Pdf.Letterheads;

/// <summary>
/// What a letterhead must be before it goes under the letter: A4 portrait, one or two pages, not encrypted, every font
/// embedded, nothing transparent, and nothing that PDF/A-1 forbids or that importing a page as a form would drop
/// silently (JavaScript, annotations and form fields, LZW or JPEG 2000 streams, layers, PostScript, CMYK colours
/// under the letter's sRGB output intent, tags). Every reachable object is looked at, not only what a viewer draws:
/// an unused object still travels into the letter.
/// </summary>
internal static partial class LetterheadCheck
{
    private const double A4Width = 21.0 * 72 / 2.54;
    private const double A4Height = 29.7 * 72 / 2.54;
    // Exporters round A4 to whole points or millimetres; a millimetre either way is still A4.
    private const double SizeTolerance = 72 / 25.4;

    [GeneratedRegex(@"(?:[-+]?(?:\d+\.?\d*|\.\d+)\s+){4}[kK](?![A-Za-z0-9_*'""])")]
    private static partial Regex CmykOperator();

    public static LetterheadResult Run(byte[] bytes, string fileName)
    {
        var problems = new List<string>();
        if (bytes.Length < 5 || Encoding.ASCII.GetString(bytes, 0, 5) != "%PDF-")
        {
            return Refused(LetterheadText.Format("NotAPdf", fileName));
        }
        // Looked for in the raw bytes: the trailer's /Encrypt entry is never compressed, and an encrypted file may not open at all.
        if (Encoding.Latin1.GetString(bytes).Contains("/Encrypt", StringComparison.Ordinal))
        {
            return Refused(LetterheadText.Format("Encrypted", fileName));
        }
        PdfDocument pdf;
        try
        {
            pdf = PdfReader.Open(new MemoryStream(bytes, writable: false), PdfDocumentOpenMode.Import);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Refused(LetterheadText.Format("Unreadable", fileName, e.Message.TrimEnd('.')));
        }
        using (pdf)
        {
            if (pdf.PageCount is < 1 or > 2)
            {
                problems.Add(LetterheadText.Format("PageCount", fileName, pdf.PageCount));
            }
            var walk = new ObjectWalk(fileName, problems);
            for (var i = 0; i < Math.Min(pdf.PageCount, 2); i++)
            {
                CheckPage(pdf.Pages[i], i + 1, fileName, problems);
                walk.Visit(pdf.Pages[i]);
            }
            walk.Finish();
            return problems.Count == 0 ? new LetterheadResult(new Letterhead(bytes, pdf.PageCount), []) : new LetterheadResult(null, problems);
        }

        LetterheadResult Refused(string problem) => new(null, [problem]);
    }

    private static void CheckPage(PdfPage page, int number, string fileName, List<string> problems)
    {
        var box = page.MediaBox;
        var width = Math.Abs(box.X2 - box.X1);
        var height = Math.Abs(box.Y2 - box.Y1);
        if (Math.Abs(width - A4Width) > SizeTolerance || Math.Abs(height - A4Height) > SizeTolerance)
        {
            problems.Add(LetterheadText.Format("NotA4", fileName, number, LetterheadText.Centimetres(width * 2.54 / 72), LetterheadText.Centimetres(height * 2.54 / 72)));
        }
        if (page.Rotate % 360 != 0)
        {
            problems.Add(LetterheadText.Format("Rotated", fileName, number));
        }
    }

    /// <summary>
    /// Visits every object a letterhead page brings along (its resources, content and annotations) once, and notes
    /// each kind of problem once. The rest of the file (its catalog, outlines, document scripts) is not imported.
    /// </summary>
    private sealed class ObjectWalk(string fileName, List<string> problems)
    {
        private readonly HashSet<PdfObject> visited = new(ReferenceEqualityComparer.Instance);
        private readonly HashSet<string> said = new(StringComparer.Ordinal);
        private readonly SortedSet<string> unembeddedFonts = new(StringComparer.Ordinal);

        public void Visit(PdfPage page) => Visit(page, parentKey: null);

        public void Finish()
        {
            if (unembeddedFonts.Count > 0)
            {
                problems.Add(LetterheadText.Format("FontsNotEmbedded", fileName, string.Join(", ", unembeddedFonts)));
            }
        }

        /// <summary>Each kind of problem once (<paramref name="kind"/>), said by the message <paramref name="key"/>.</summary>
        private void Say(string kind, string key)
        {
            if (said.Add(kind)) problems.Add(LetterheadText.Format(key, fileName));
        }

        /// <summary>With a stack of its own, not recursion: a hostile file may nest objects deeper than the call stack goes.</summary>
        private void Visit(PdfItem? root, string? parentKey)
        {
            var pending = new Stack<(PdfItem? Item, string? ParentKey)>();
            pending.Push((root, parentKey));
            while (pending.Count > 0)
            {
                var (item, key) = pending.Pop();
                switch (item)
                {
                    case PdfReference reference:
                        pending.Push((reference.Value, key));
                        break;
                    case PdfDictionary dictionary when visited.Add(dictionary):
                        Check(dictionary, key);
                        // Pushed in reverse so that they are visited in key order, and problems are said in a stable order.
                        foreach (var childKey in dictionary.Elements.Keys.Order(StringComparer.Ordinal).Reverse())
                        {
                            // The page tree's parent links lead back to where we came from.
                            if (childKey == "/Parent") continue;
                            pending.Push((dictionary.Elements[childKey], childKey));
                        }
                        break;
                    case PdfArray array when visited.Add(array):
                        for (var i = array.Elements.Count - 1; i >= 0; i--)
                        {
                            pending.Push((array.Elements[i], key));
                        }
                        break;
                }
            }
        }

        private void Check(PdfDictionary d, string? parentKey)
        {
            var type = d.Elements.GetName("/Type");
            var subtype = d.Elements.GetName("/Subtype");

            if (d.Elements.ContainsKey("/JS") || d.Elements.GetName("/S") == "/JavaScript" || parentKey == "/JavaScript")
            {
                Say("js", "JavaScript");
            }
            if (d.Elements.ContainsKey("/AA"))
            {
                Say("actions", "Actions");
            }
            if (type == "/Annot" || d.Elements.GetArray("/Annots") is { Elements.Count: > 0 } || d.Elements.ContainsKey("/AcroForm"))
            {
                Say("annots", "Annotations");
            }
            CheckFilters(d);
            if (d.Elements["/SMask"] is { } smask && !(smask is PdfName { Value: "/None" }))
            {
                Say("transparency", "SoftMask");
            }
            if (d.Elements.GetInteger("/SMaskInData") > 0
                || (d.Elements.ContainsKey("/CA") && d.Elements.GetReal("/CA") < 1)
                || (d.Elements.ContainsKey("/ca") && d.Elements.GetReal("/ca") < 1)
                || d.Elements.GetName("/BM") is { Length: > 0 } blend && blend is not ("/Normal" or "/Compatible")
                || (parentKey == "/Group" && d.Elements.GetName("/S") == "/Transparency"))
            {
                Say("transparency", "Transparency");
            }
            if (d.Elements.ContainsKey("/OCProperties") || d.Elements.ContainsKey("/OC"))
            {
                Say("layers", "Layers");
            }
            if (subtype == "/PS" || (type == "/XObject" && d.Elements.ContainsKey("/PS")))
            {
                Say("postscript", "PostScript");
            }
            if (type == "/EmbeddedFile" || parentKey == "/EmbeddedFiles")
            {
                Say("files", "EmbeddedFiles");
            }
            if (d.Elements.GetName("/ColorSpace") == "/DeviceCMYK" || (parentKey == "/ColorSpace" && d.Elements.Values.OfType<PdfName>().Any(n => n.Value == "/DeviceCMYK")))
            {
                Say("cmyk", "Cmyk");
            }
            if (type == "/Font" || subtype is "/Type1" or "/MMType1" or "/TrueType" or "/CIDFontType0" or "/CIDFontType2")
            {
                CheckFont(d, subtype);
            }
            // A page's content stream has no /Type: it is known by being reached as /Contents (possibly through an array).
            if (d.Stream is { } stream && (subtype == "/Form" || parentKey == "/Contents" || d.Elements.GetInteger("/PatternType") == 1))
            {
                CheckContent(stream);
            }
        }

        private void CheckFilters(PdfDictionary d)
        {
            var filters = d.Elements["/Filter"] switch
            {
                PdfName name => [name.Value],
                PdfArray array => array.Elements.OfType<PdfName>().Select(n => n.Value).ToList(),
                _ => new List<string>(),
            };
            if (filters.Contains("/LZWDecode"))
            {
                Say("lzw", "Lzw");
            }
            if (filters.Contains("/JPXDecode"))
            {
                Say("jpx", "Jpx");
            }
            if (filters.Contains("/Crypt"))
            {
                Say("crypt", "Crypt");
            }
        }

        private void CheckFont(PdfDictionary font, string subtype)
        {
            if (subtype is "/Type3" or "/Type0") return; // Type 3 glyphs are drawings; a Type 0 font is checked through its descendant.
            var descriptor = font.Elements.GetDictionary("/FontDescriptor");
            var embedded = descriptor is not null
                && (descriptor.Elements.ContainsKey("/FontFile") || descriptor.Elements.ContainsKey("/FontFile2") || descriptor.Elements.ContainsKey("/FontFile3"));
            if (!embedded)
            {
                var name = font.Elements.GetName("/BaseFont").TrimStart('/');
                unembeddedFonts.Add(name.Length > 0 ? name : LetterheadText.Get("UnnamedFont"));
            }
        }

        private void CheckContent(PdfDictionary.PdfStream stream)
        {
            byte[] content;
            try
            {
                content = stream.UnfilteredValue;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                Say("unreadable", "ContentUndecodable");
                return;
            }
            var text = Encoding.Latin1.GetString(content);
            if (CmykOperator().IsMatch(text))
            {
                Say("cmyk", "Cmyk");
            }
            if (text.Contains("/MCID", StringComparison.Ordinal))
            {
                Say("tagged", "Tagged");
            }
        }
    }
}
