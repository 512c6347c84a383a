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

    [GeneratedRegex(@"\G(\d+) (\d+) obj\s*")]
    private static partial Regex ObjectHeader();

    [GeneratedRegex(@"\Gtrailer\s*")]
    private static partial Regex TrailerKeyword();

    private SavedPdfFile(string header, List<PdfFileObject> objects, string trailer, string afterTrailer)
    {
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
        return new SavedPdfFile(header, objects, trailer, text[trailerEnd..startXref.Index]);
    }

    /// <summary>The file again, with every object at its new offset and a cross-reference table to match.</summary>
    public byte[] Write()
    {
        using var output = new MemoryStream();
        WriteLatin1(output, Header);
        var offsets = new SortedDictionary<int, long>();
        foreach (var item in Objects)
        {
            offsets.Add(item.Number, output.Position);
            WriteLatin1(output, item.Prefix);
            output.Write(item.Dictionary is null ? [] : Encoding.Latin1.GetBytes(item.Dictionary));
            if (item.StreamData is { } data)
            {
                WriteLatin1(output, item.BeforeData);
                output.Write(data);
            }
            WriteLatin1(output, item.Suffix);
        }
        var xref = output.Position;
        var size = offsets.Count == 0 ? 1 : offsets.Keys.Max() + 1;
        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture, $"xref\n0 {size}\n");
        for (var number = 0; number < size; number++)
        {
            // PDFsharp numbers its objects without gaps; a gap would be a free entry.
            table.Append(offsets.TryGetValue(number, out var offset)
                ? string.Create(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n")
                : "0000000000 65535 f \n");
        }
        table.Append("trailer\n");
        table.Append(PdfSyntax.WithEntry(Trailer, "Size", size.ToString(CultureInfo.InvariantCulture)));
        table.Append(AfterTrailer);
        table.Append(CultureInfo.InvariantCulture, $"startxref\n{xref}\n%%EOF\n");
        WriteLatin1(output, table.ToString());
        return output.ToArray();
    }

    /// <summary>Adds a stream object after the last one, numbered after the highest number in use.</summary>
    public PdfFileObject AddStream(string dictionary, byte[] data)
    {
        var number = Objects.Max(o => o.Number) + 1;
        var added = new PdfFileObject(number, $"{number} 0 obj\n", dictionary, "\nstream\n", data, "\nendstream\nendobj\n");
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
                var entry = text.Substring(position, 20);
                if (entry[17] == 'n')
                {
                    offsets.Add((first + i, int.Parse(entry[..10], CultureInfo.InvariantCulture)));
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
        var header = ObjectHeader().Match(text, start);
        if (!header.Success || int.Parse(header.Groups[1].Value, CultureInfo.InvariantCulture) != number)
        {
            throw new InvalidDataException($"The cross-reference table points object {number} at offset {start}, where it is not.");
        }
        var valueStart = header.Index + header.Length;
        if (!text.AsSpan(valueStart).StartsWith("<<", StringComparison.Ordinal))
        {
            // Not a dictionary (a number, an array): nothing here is ever rewritten, so it is kept whole.
            return new PdfFileObject(number, text[start..end], null, "", null, "");
        }
        var dictionaryEnd = PdfSyntax.SkipValue(text, valueStart);
        var dictionary = text[valueStart..dictionaryEnd];
        var keyword = StreamKeyword().Match(text, dictionaryEnd);
        if (!keyword.Success)
        {
            return new PdfFileObject(number, text[start..valueStart], dictionary, "", null, text[dictionaryEnd..end]);
        }
        if (!PdfSyntax.Entries(dictionary).TryGetValue("Length", out var lengthText)
            || !int.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
        {
            throw new InvalidDataException($"Object {number}: the stream's /Length is not a direct number.");
        }
        var dataStart = keyword.Index + keyword.Length;
        if (dataStart + length > end || !EndStream().IsMatch(text, dataStart + length))
        {
            throw new InvalidDataException($"Object {number}: /Length {length} does not end at endstream.");
        }
        var data = pdf.AsSpan(dataStart, length).ToArray();
        return new PdfFileObject(number, text[start..valueStart], dictionary, text[dictionaryEnd..dataStart], data, text[(dataStart + length)..end]);
    }

    [GeneratedRegex(@"\G\s*stream\r?\n")]
    private static partial Regex StreamKeyword();

    [GeneratedRegex(@"\G\s*endstream")]
    private static partial Regex EndStream();

    private static void WriteLatin1(Stream output, string text) => output.Write(Encoding.Latin1.GetBytes(text));
}

/// <summary>
/// One object of a <see cref="SavedPdfFile"/>: its text before the dictionary, the dictionary (null if the object is
/// not a dictionary), the stream's raw data if it has one, and the text after (endstream, endobj).
/// </summary>
internal sealed class PdfFileObject(int number, string prefix, string? dictionary, string beforeData, byte[]? streamData, string suffix)
{
    public int Number { get; } = number;

    public string Prefix { get; } = prefix;

    public string? Dictionary { get; set; } = dictionary;

    public string BeforeData { get; } = beforeData;

    /// <summary>The stream's bytes as stored (still encoded). Setting them updates /Length.</summary>
    public byte[]? StreamData
    {
        get => streamData;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            if (streamData is null || Dictionary is null) throw new InvalidOperationException($"Object {Number} is not a stream.");
            streamData = value;
            Dictionary = PdfSyntax.WithEntry(Dictionary, "Length", value.Length.ToString(CultureInfo.InvariantCulture));
        }
    }

    public string Suffix { get; } = suffix;

    /// <summary>The dictionary's entries, key (without the slash) to value text.</summary>
    public IReadOnlyDictionary<string, string> Entries => Dictionary is null ? new Dictionary<string, string>() : PdfSyntax.Entries(Dictionary);
}
