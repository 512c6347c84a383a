using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BedreBalance.Rendering.Pdf.PdfSharpBackend;

/// <summary>
/// A PDF file as PDFsharp 6.2.4 saves it, taken apart into its objects so that some can be changed and the file
/// written again with a new cross-reference table. Only that shape is read: one classic xref table, no incremental
/// updates, no object streams, stream lengths as direct numbers. Anything else throws rather than being guessed at.
/// </summary>
internal sealed partial class SavedPdfFile
{
    [GeneratedRegex(@"startxref\s+(\d+)\s+%%EOF\s*$")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"\Gtrailer\s*")]
    private static partial Regex TrailerKeyword();

    private readonly byte[] source;

    private SavedPdfFile(byte[] source, string header, List<PdfFileObject> objects, string trailer, string afterTrailer)
    {
        this.source = source;
        Header = header;
        Objects = objects;
        Trailer = trailer;
        AfterTrailer = afterTrailer;
    }

    /// <summary>Everything before the first object: the version line and the binary comment.</summary>
    public string Header { get; }

    /// <summary>The objects in file order.</summary>
    public List<PdfFileObject> Objects { get; }

    /// <summary>The trailer dictionary, "&lt;&lt;…&gt;&gt;".</summary>
    public string Trailer { get; set; }

    /// <summary>What PDFsharp writes between the trailer dictionary and "startxref" (a comment).</summary>
    private string AfterTrailer { get; }

    public PdfFileObject Object(int number) =>
        Objects.Find(o => o.Number == number) ?? throw new InvalidDataException($"Object {number} is referenced but not in the file.");

    public static SavedPdfFile Parse(byte[] pdf)
    {
        // Latin-1 maps bytes to chars one to one, so string offsets are byte offsets.
        var text = Encoding.Latin1.GetString(pdf);
        var startXref = StartXref().Match(text);
        if (!startXref.Success) throw new InvalidDataException("No startxref at the end of the file.");
        var xrefOffset = int.Parse(startXref.Groups[1].Value, CultureInfo.InvariantCulture);
        if (!text.AsSpan(xrefOffset).StartsWith("xref", StringComparison.Ordinal))
        {
            throw new InvalidDataException("startxref does not point at a classic cross-reference table.");
        }
        var (offsets, trailerStart) = ReadXref(text, xrefOffset);
        var trailerKeyword = TrailerKeyword().Match(text, trailerStart);
        if (!trailerKeyword.Success) throw new InvalidDataException("No trailer after the cross-reference table.");
        var trailerEnd = PdfSyntax.SkipValue(text, trailerKeyword.Index + trailerKeyword.Length);
        var trailer = text[(trailerKeyword.Index + trailerKeyword.Length)..trailerEnd];
        if (PdfSyntax.Entries(trailer).ContainsKey("Prev"))
        {
            throw new InvalidDataException("The file has incremental updates.");
        }

        var sorted = offsets.OrderBy(o => o.Offset).ToList();
        var objects = new List<PdfFileObject>(sorted.Count);
        for (var i = 0; i < sorted.Count; i++)
        {
            var end = i + 1 < sorted.Count ? sorted[i + 1].Offset : xrefOffset;
            objects.Add(ReadObject(pdf, text, sorted[i].Number, sorted[i].Offset, end));
        }
        var header = sorted.Count > 0 ? text[..sorted[0].Offset] : text[..xrefOffset];
        return new SavedPdfFile(pdf, header, objects, trailer, text[trailerEnd..startXref.Index]);
    }

    /// <summary>The file again, with every object at its new offset and a cross-reference table to match.</summary>
    public byte[] Write()
    {
        using var output = new MemoryStream(source.Length + Objects.Sum(o => o.AddedLength) + 64 * 1024);
        WriteLatin1(output, Header);
        var offsets = new SortedDictionary<int, long>();
        foreach (var item in Objects)
        {
            offsets.Add(item.Number, output.Position);
            item.WriteTo(output);
        }
        var xref = output.Position;
        var size = offsets.Count == 0 ? 1 : offsets.Keys.Max() + 1;
        WriteLatin1(output, string.Create(CultureInfo.InvariantCulture, $"xref\n0 {size}\n"));
        Span<byte> entry = stackalloc byte[20];
        for (var number = 0; number < size; number++)
        {
            // "nnnnnnnnnn ggggg n \n", exactly 20 bytes; PDFsharp numbers its objects without gaps, a gap is a free entry.
            if (offsets.TryGetValue(number, out var offset))
            {
                offset.TryFormat(entry, out _, "D10", CultureInfo.InvariantCulture);
                " 00000 n \n"u8.CopyTo(entry[10..]);
            }
            else
            {
                "0000000000 65535 f \n"u8.CopyTo(entry);
            }
            output.Write(entry);
        }
        var trailer = new StringBuilder("trailer\n");
        trailer.Append(PdfSyntax.WithEntry(Trailer, "Size", size.ToString(CultureInfo.InvariantCulture)));
        trailer.Append(AfterTrailer);
        trailer.Append(CultureInfo.InvariantCulture, $"startxref\n{xref}\n%%EOF\n");
        WriteLatin1(output, trailer.ToString());
        return output.ToArray();
    }

    /// <summary>Adds a stream object after the last one, numbered after the highest number in use.</summary>
    public PdfFileObject AddStream(string dictionary, byte[] data)
    {
        var number = Objects.Max(o => o.Number) + 1;
        var text = $"{number} 0 obj\n{dictionary}\nstream\n";
        var added = PdfFileObject.Added(number, text + "\nendstream\nendobj\n", text.Length - "\nstream\n".Length - dictionary.Length, dictionary.Length, data);
        Objects.Add(added);
        return added;
    }

    private static (List<(int Number, int Offset)> Offsets, int TrailerStart) ReadXref(string text, int xrefOffset)
    {
        var offsets = new List<(int Number, int Offset)>();
        var position = xrefOffset + "xref".Length;
        while (true)
        {
            position = PdfSyntax.SkipWhitespace(text, position);
            var subsection = SubsectionHeader().Match(text, position);
            if (!subsection.Success) break;
            var first = int.Parse(subsection.Groups[1].Value, CultureInfo.InvariantCulture);
            var count = int.Parse(subsection.Groups[2].Value, CultureInfo.InvariantCulture);
            position = PdfSyntax.SkipWhitespace(text, subsection.Index + subsection.Length);
            for (var i = 0; i < count; i++)
            {
                // Each entry is exactly 20 bytes: "nnnnnnnnnn ggggg n\r\n" or with " \n".
                if (position + 20 > text.Length) throw new InvalidDataException("The cross-reference table is cut short.");
                if (text[position + 17] == 'n')
                {
                    var (offset, end) = PdfSyntax.ReadInteger(text, position);
                    if (end != position + 10) throw new InvalidDataException($"Cross-reference entry {first + i} is malformed.");
                    offsets.Add((first + i, (int)offset));
                }
                position += 20;
            }
        }
        return (offsets, position);
    }

    [GeneratedRegex(@"\G(\d+) (\d+)[ \t]*\r?\n")]
    private static partial Regex SubsectionHeader();

    private static PdfFileObject ReadObject(byte[] pdf, string text, int number, int start, int end)
    {
        // "N G obj", read by hand: this runs for every object.
        var (objectNumber, afterNumber) = PdfSyntax.ReadInteger(text, start);
        var (_, afterGeneration) = PdfSyntax.ReadInteger(text, afterNumber + 1);
        if (objectNumber != number || text[afterNumber] != ' ' || afterGeneration == afterNumber + 1
            || !text.AsSpan(afterGeneration).StartsWith(" obj", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"The cross-reference table points object {number} at offset {start}, where it is not.");
        }
        var valueStart = PdfSyntax.SkipWhitespace(text, afterGeneration + " obj".Length);
        if (!text.AsSpan(valueStart).StartsWith("<<", StringComparison.Ordinal))
        {
            // Not a dictionary (a number, an array): nothing here is ever rewritten, so it is kept whole.
            return new PdfFileObject(number, pdf, text, start, end, -1, 0, -1, 0);
        }
        var dictionaryEnd = PdfSyntax.SkipValue(text, valueStart);
        var keyword = StreamKeyword(text, dictionaryEnd);
        if (keyword < 0)
        {
            return new PdfFileObject(number, pdf, text, start, end, valueStart, dictionaryEnd - valueStart, -1, 0);
        }
        if (!PdfSyntax.Entries(text[valueStart..dictionaryEnd]).TryGetValue("Length", out var lengthText)
            || !int.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
        {
            throw new InvalidDataException($"Object {number}: the stream's /Length is not a direct number.");
        }
        var dataStart = keyword;
        if (dataStart + length > end || !text.AsSpan(PdfSyntax.SkipWhitespace(text, dataStart + length)).StartsWith("endstream", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"Object {number}: /Length {length} does not end at endstream.");
        }
        return new PdfFileObject(number, pdf, text, start, end, valueStart, dictionaryEnd - valueStart, dataStart, length);
    }

    /// <summary>Where the data starts if "stream" and its end of line follow <paramref name="position"/>, else -1.</summary>
    private static int StreamKeyword(string text, int position)
    {
        var i = PdfSyntax.SkipWhitespace(text, position);
        if (!text.AsSpan(i).StartsWith("stream", StringComparison.Ordinal)) return -1;
        i += "stream".Length;
        if (i < text.Length && text[i] == '\r') i++;
        return i < text.Length && text[i] == '\n' ? i + 1 : -1;
    }

    private static void WriteLatin1(Stream output, string text) => output.Write(Encoding.Latin1.GetBytes(text));
}

/// <summary>
/// One object of a <see cref="SavedPdfFile"/>, kept as its place in the saved file until something changes it:
/// a long letter has a hundred thousand objects, and most are copied through untouched. The dictionary and the
/// stream data can be replaced; the text around them (object header, "stream", "endstream", "endobj") stays.
/// </summary>
internal sealed class PdfFileObject
{
    private readonly byte[] source;
    private readonly string sourceText;
    private readonly int start;
    private readonly int end;
    private readonly int dictionaryStart;
    private readonly int dictionaryLength;
    private readonly int dataStart;
    private readonly int dataLength;
    private string? dictionary;
    private byte[]? data;
    private bool changed;
    private bool added;

    internal PdfFileObject(int number, byte[] source, string sourceText, int start, int end, int dictionaryStart, int dictionaryLength, int dataStart, int dataLength)
    {
        Number = number;
        this.source = source;
        this.sourceText = sourceText;
        this.start = start;
        this.end = end;
        this.dictionaryStart = dictionaryStart;
        this.dictionaryLength = dictionaryLength;
        this.dataStart = dataStart;
        this.dataLength = dataLength;
    }

    /// <summary>A new stream object: <paramref name="text"/> is all of it but the data, which goes before "\nendstream".</summary>
    internal static PdfFileObject Added(int number, string text, int dictionaryStart, int dictionaryLength, byte[] data)
    {
        var dataStart = text.Length - "\nendstream\nendobj\n".Length;
        var bytes = System.Text.Encoding.Latin1.GetBytes(text);
        return new PdfFileObject(number, bytes, text, 0, text.Length, dictionaryStart, dictionaryLength, dataStart, 0) { data = data, changed = true, added = true };
    }

    public int Number { get; }

    /// <summary>The dictionary "&lt;&lt;…&gt;&gt;", or null if the object is not a dictionary.</summary>
    public string? Dictionary
    {
        get => dictionary ??= dictionaryStart < 0 ? null : sourceText.Substring(dictionaryStart, dictionaryLength);
        set
        {
            if (dictionaryStart < 0 || value is null) throw new InvalidOperationException($"Object {Number} is not a dictionary.");
            dictionary = value;
            changed = true;
        }
    }

    /// <summary>Whether the dictionary's text contains <paramref name="text"/>, without copying it out.</summary>
    public bool DictionaryContains(string text) =>
        dictionaryStart >= 0 && (dictionary ?? sourceText.AsSpan(dictionaryStart, dictionaryLength)).Contains(text, StringComparison.Ordinal);

    public bool IsStream => dataStart >= 0;

    /// <summary>The stream's bytes as stored (still encoded), or null if the object is not a stream. Setting them updates /Length.</summary>
    public byte[]? StreamData
    {
        get => dataStart < 0 ? null : data ??= source.AsSpan(dataStart, dataLength).ToArray();
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            if (dataStart < 0) throw new InvalidOperationException($"Object {Number} is not a stream.");
            data = value;
            Dictionary = PdfSyntax.WithEntry(Dictionary!, "Length", value.Length.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The dictionary's entries, key (without the slash) to value text.</summary>
    public IReadOnlyDictionary<string, string> Entries => Dictionary is null ? new Dictionary<string, string>() : PdfSyntax.Entries(Dictionary);

    /// <summary>How many bytes longer than in the saved file the object has become (for sizing the output).</summary>
    internal int AddedLength => !changed ? 0 : (dictionary?.Length ?? 0) - dictionaryLength + (data?.Length ?? 0) - dataLength + (added ? end - start : 0);

    internal void WriteTo(Stream output)
    {
        if (!changed)
        {
            output.Write(source, start, end - start);
            return;
        }
        output.Write(source, start, dictionaryStart - start);
        output.Write(System.Text.Encoding.Latin1.GetBytes(Dictionary!));
        var afterDictionary = dictionaryStart + dictionaryLength;
        if (dataStart < 0)
        {
            output.Write(source, afterDictionary, end - afterDictionary);
            return;
        }
        output.Write(source, afterDictionary, dataStart - afterDictionary);
        output.Write(StreamData!);
        output.Write(source, dataStart + dataLength, end - dataStart - dataLength);
    }
}
