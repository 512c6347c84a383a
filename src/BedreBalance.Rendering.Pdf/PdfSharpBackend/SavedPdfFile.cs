using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BedreBalance.Rendering.Pdf.PdfSharpBackend;

/// <summary>
/// A PDF file as PDFsharp 6.2.4 saves it, indexed by its cross-reference table where it lies (in a pooled buffer), so
/// that its objects can be read one at a time, some changed, and the file written again with a new cross-reference
/// table. Only that shape is read: one classic xref table, no incremental updates, no object streams, stream lengths
/// as direct numbers. Anything else throws rather than being guessed at. Memory beyond the file itself: the table
/// (12 bytes an object) and the largest object.
/// </summary>
internal sealed partial class SavedPdfFile
{
    [GeneratedRegex(@"startxref\s+(\d+)\s+%%EOF\s*$")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"\Gtrailer\s*")]
    private static partial Regex TrailerKeyword();

    /// <summary>How much of the file's end is read for "startxref": PDFsharp ends with "startxref\nN\n%%EOF\n".</summary>
    private const int TailLength = 1024;

    private readonly Stream source;
    /// <summary>Object numbers, and where each starts, in file order.</summary>
    private readonly int[] numbers;
    private readonly long[] offsets;
    /// <summary>For each object number, its index in file order, or -1.</summary>
    private readonly int[] indexByNumber;
    private readonly long xrefOffset;
    private byte[] scratch = new byte[4096];

    private SavedPdfFile(Stream source, int[] numbers, long[] offsets, long xrefOffset, string trailer, string afterTrailer)
    {
        this.source = source;
        this.numbers = numbers;
        this.offsets = offsets;
        this.xrefOffset = xrefOffset;
        Trailer = trailer;
        AfterTrailer = afterTrailer;
        indexByNumber = new int[numbers.Length == 0 ? 0 : numbers.Max() + 1];
        Array.Fill(indexByNumber, -1);
        for (var i = 0; i < numbers.Length; i++) indexByNumber[numbers[i]] = i;
    }

    /// <summary>How many objects the file has.</summary>
    public int Count => numbers.Length;

    /// <summary>The highest object number in use, 0 if none.</summary>
    public int MaxNumber => indexByNumber.Length == 0 ? 0 : indexByNumber.Length - 1;

    /// <summary>The trailer dictionary, "&lt;&lt;…&gt;&gt;".</summary>
    public string Trailer { get; }

    /// <summary>What PDFsharp writes between the trailer dictionary and "startxref" (a comment).</summary>
    private string AfterTrailer { get; }

    public int NumberAt(int index) => numbers[index];

    /// <summary>Indexes the file in <paramref name="pdf"/>; reads only its cross-reference table and trailer.</summary>
    public static SavedPdfFile Index(Stream pdf)
    {
        var length = pdf.Length;
        // Latin-1 maps bytes to chars one to one, so string offsets are byte offsets.
        var tailStart = Math.Max(0, length - TailLength);
        var tail = Latin1At(pdf, tailStart, (int)(length - tailStart));
        var startXref = StartXref().Match(tail);
        if (!startXref.Success) throw new InvalidDataException("No startxref at the end of the file.");
        if (!long.TryParse(startXref.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var xrefOffset) || xrefOffset > length - 4
            || Latin1At(pdf, xrefOffset, 4) != "xref")
        {
            throw new InvalidDataException("startxref does not point at a classic cross-reference table.");
        }
        var (entries, trailerStart) = ReadXref(pdf, xrefOffset);
        var afterXref = Latin1At(pdf, trailerStart, (int)(length - trailerStart));
        var trailerKeyword = TrailerKeyword().Match(afterXref, 0);
        if (!trailerKeyword.Success) throw new InvalidDataException("No trailer after the cross-reference table.");
        var trailerEnd = PdfSyntax.SkipValue(afterXref, trailerKeyword.Index + trailerKeyword.Length);
        var trailer = afterXref[(trailerKeyword.Index + trailerKeyword.Length)..trailerEnd];
        if (PdfSyntax.Entries(trailer).ContainsKey("Prev"))
        {
            throw new InvalidDataException("The file has incremental updates.");
        }
        var endMatch = StartXref().Match(afterXref);
        if (!endMatch.Success || endMatch.Index < trailerEnd) throw new InvalidDataException("No startxref after the trailer.");

        entries.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        var numbers = new int[entries.Count];
        var offsets = new long[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            (numbers[i], offsets[i]) = entries[i];
            if (offsets[i] >= xrefOffset) throw new InvalidDataException($"Object {numbers[i]} is said to start after the cross-reference table.");
        }
        return new SavedPdfFile(pdf, numbers, offsets, xrefOffset, trailer, afterXref[trailerEnd..endMatch.Index]);
    }

    /// <summary>Whether the object with this number is in the file.</summary>
    public bool Contains(int number) => number >= 0 && number < indexByNumber.Length && indexByNumber[number] >= 0;

    /// <summary>The object with this number, parsed, in its own copy of its bytes.</summary>
    public PdfFileObject Object(int number) =>
        Contains(number) ? ReadObject(indexByNumber[number]) : throw new InvalidDataException($"Object {number} is referenced but not in the file.");

    /// <summary>The object at <paramref name="index"/> in file order, parsed, in its own copy of its bytes.</summary>
    public PdfFileObject ReadObject(int index)
    {
        var bytes = Bytes(index).ToArray();
        return Parse(bytes, numbers[index], offsets[index]);
    }

    /// <summary>
    /// The bytes of the object at <paramref name="index"/> in file order, from "N G obj" to the next object (or the
    /// xref table), in a buffer that the next call reuses.
    /// </summary>
    public ReadOnlySpan<byte> Bytes(int index)
    {
        var end = index + 1 < offsets.Length ? offsets[index + 1] : xrefOffset;
        var length = checked((int)(end - offsets[index]));
        if (scratch.Length < length) scratch = new byte[Math.Max(length, scratch.Length * 2)];
        source.Position = offsets[index];
        source.ReadExactly(scratch, 0, length);
        return scratch.AsSpan(0, length);
    }

    /// <summary>Checks that the object at <paramref name="index"/> begins "N G obj" with its own number.</summary>
    public void CheckHeader(int index, ReadOnlySpan<byte> bytes)
    {
        var number = numbers[index];
        var afterNumber = Digits(bytes, 0);
        var afterGeneration = afterNumber < bytes.Length && bytes[afterNumber] == (byte)' ' ? Digits(bytes, afterNumber + 1) : afterNumber + 1;
        if (afterNumber == 0 || !int.TryParse(bytes[..afterNumber], NumberStyles.None, CultureInfo.InvariantCulture, out var objectNumber) || objectNumber != number
            || afterGeneration == afterNumber + 1 || !bytes[afterGeneration..].StartsWith(" obj"u8))
        {
            throw new InvalidDataException($"The cross-reference table points object {number} at offset {offsets[index]}, where it is not.");
        }
    }

    /// <summary>Copies everything before the first object (the version line and the binary comment) to <paramref name="output"/>.</summary>
    public void CopyHeader(Stream output)
    {
        var length = offsets.Length > 0 ? offsets[0] : xrefOffset;
        source.Position = 0;
        var buffer = new byte[Math.Min(length, 64 * 1024)];
        for (var left = length; left > 0;)
        {
            var count = (int)Math.Min(left, buffer.Length);
            source.ReadExactly(buffer, 0, count);
            output.Write(buffer, 0, count);
            left -= count;
        }
    }

    /// <summary>
    /// Writes the cross-reference table for objects written at <paramref name="written"/> (offset by number, -1 for
    /// none), the trailer with the new /Size, and startxref.
    /// </summary>
    public void WriteXrefAndTrailer(Stream output, long[] written)
    {
        var xref = output.Position;
        var size = Array.FindLastIndex(written, o => o >= 0) + 1;
        if (size == 0) size = 1;
        WriteLatin1(output, string.Create(CultureInfo.InvariantCulture, $"xref\n0 {size}\n"));
        Span<byte> entry = stackalloc byte[20];
        for (var number = 0; number < size; number++)
        {
            // "nnnnnnnnnn ggggg n \n", exactly 20 bytes; PDFsharp numbers its objects without gaps, a gap is a free entry.
            if (number > 0 && written[number] >= 0)
            {
                written[number].TryFormat(entry, out _, "D10", CultureInfo.InvariantCulture);
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
    }

    /// <summary>A new stream object, "N 0 obj", dictionary, data, "endstream", as PDFsharp writes them.</summary>
    public static void WriteStreamObject(Stream output, int number, string dictionary, byte[] data)
    {
        WriteLatin1(output, $"{number} 0 obj\n{dictionary}\nstream\n");
        output.Write(data);
        WriteLatin1(output, "\nendstream\nendobj\n");
    }

    private static int Digits(ReadOnlySpan<byte> bytes, int position)
    {
        while (position < bytes.Length && char.IsAsciiDigit((char)bytes[position])) position++;
        return position;
    }

    private static string Latin1At(Stream pdf, long offset, int count)
    {
        var bytes = new byte[count];
        pdf.Position = offset;
        pdf.ReadExactly(bytes);
        return Encoding.Latin1.GetString(bytes);
    }

    /// <summary>The xref table's in-use entries, read a subsection at a time, and where the table ends.</summary>
    private static (List<(int Number, long Offset)> Entries, long TrailerStart) ReadXref(Stream pdf, long xrefOffset)
    {
        var entries = new List<(int Number, long Offset)>();
        var position = xrefOffset + "xref".Length;
        var block = new byte[20 * 1024];
        while (true)
        {
            // A subsection header, "first count", after white space: a short line.
            var lineLength = (int)Math.Min(64, pdf.Length - position);
            var line = Latin1At(pdf, position, lineLength);
            var subsection = SubsectionHeader().Match(line);
            if (!subsection.Success) break;
            var first = int.Parse(subsection.Groups[1].Value, CultureInfo.InvariantCulture);
            var count = int.Parse(subsection.Groups[2].Value, CultureInfo.InvariantCulture);
            position += PdfSyntax.SkipWhitespace(line, subsection.Index + subsection.Length);
            for (var i = 0; i < count;)
            {
                // Each entry is exactly 20 bytes: "nnnnnnnnnn ggggg n\r\n" or with " \n".
                var inBlock = Math.Min(count - i, block.Length / 20);
                if (position + 20L * inBlock > pdf.Length) throw new InvalidDataException("The cross-reference table is cut short.");
                pdf.Position = position;
                pdf.ReadExactly(block, 0, 20 * inBlock);
                for (var j = 0; j < inBlock; j++, i++)
                {
                    var entry = block.AsSpan(20 * j, 20);
                    if (entry[17] != (byte)'n') continue;
                    if (!long.TryParse(entry[..10], NumberStyles.None, CultureInfo.InvariantCulture, out var offset) || entry[10] != (byte)' ')
                    {
                        throw new InvalidDataException($"Cross-reference entry {first + i} is malformed.");
                    }
                    entries.Add((first + i, offset));
                }
                position += 20L * inBlock;
            }
        }
        return (entries, position);
    }

    [GeneratedRegex(@"^\s*(\d+) (\d+)[ \t]*\r?\n")]
    private static partial Regex SubsectionHeader();

    /// <summary>Parses one object, <paramref name="bytes"/> holding exactly it (from "N G obj" on).</summary>
    private static PdfFileObject Parse(byte[] bytes, int number, long offset)
    {
        var text = Encoding.Latin1.GetString(bytes);
        var start = 0;
        var end = bytes.Length;
        // "N G obj", read by hand: this runs for every object.
        var (objectNumber, afterNumber) = PdfSyntax.ReadInteger(text, start);
        var (_, afterGeneration) = PdfSyntax.ReadInteger(text, afterNumber + 1);
        if (objectNumber != number || text[afterNumber] != ' ' || afterGeneration == afterNumber + 1
            || !text.AsSpan(afterGeneration).StartsWith(" obj", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"The cross-reference table points object {number} at offset {offset}, where it is not.");
        }
        var valueStart = PdfSyntax.SkipWhitespace(text, afterGeneration + " obj".Length);
        if (!text.AsSpan(valueStart).StartsWith("<<", StringComparison.Ordinal))
        {
            // Not a dictionary (a number, an array): nothing here is ever rewritten, so it is kept whole.
            return new PdfFileObject(number, bytes, text, start, end, -1, 0, -1, 0);
        }
        var dictionaryEnd = PdfSyntax.SkipValue(text, valueStart);
        var keyword = StreamKeyword(text, dictionaryEnd);
        if (keyword < 0)
        {
            return new PdfFileObject(number, bytes, text, start, end, valueStart, dictionaryEnd - valueStart, -1, 0);
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
        return new PdfFileObject(number, bytes, text, start, end, valueStart, dictionaryEnd - valueStart, dataStart, length);
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
