using System.Globalization;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;

namespace BedreBalance.Rendering.Pdf.PdfSharpBackend;

/// <summary>
/// PDFsharp 6.2.4 writes the title, author and subject into the XMP metadata without XML escaping, so a subject
/// such as "Bedre Balance I &amp; II" makes the XMP ill-formed and the file no longer PDF/A. After saving, each such
/// value is replaced by its escaped form. PDFsharp writes the metadata stream as the last object before the xref
/// table, so only that stream's /Length and the startxref offset move; this is checked, never assumed.
/// </summary>
internal static partial class XmpEscaping
{
    [GeneratedRegex(@"/Type\s*/Metadata\s*/Subtype\s*/XML\s*/Length (\d+)>>\nstream\n")]
    private static partial Regex MetadataStreamHeader();

    [GeneratedRegex(@"startxref\n(\d+)\n")]
    private static partial Regex StartXref();

    public static byte[] Escape(byte[] pdf, IEnumerable<string> values)
    {
        var unsafeValues = values.Where(v => v.AsSpan().IndexOfAny("&<>") >= 0).Distinct().ToList();
        if (unsafeValues.Count == 0)
        {
            return pdf;
        }
        // Latin-1 maps bytes to chars one to one, so string offsets are byte offsets.
        var text = Encoding.Latin1.GetString(pdf);
        var header = MetadataStreamHeader().Match(text);
        var streamStart = header.Index + header.Length;
        var length = header.Success ? int.Parse(header.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var streamEnd = streamStart + length;
        if (!header.Success || streamEnd > text.Length || !text.AsSpan(streamEnd).StartsWith("\nendstream\nendobj\nxref\n", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("PDFsharp did not write the XMP metadata as the last object; cannot escape it safely.");
        }

        var xmp = Encoding.UTF8.GetString(pdf, streamStart, length);
        foreach (var value in unsafeValues)
        {
            // Values stand as element content: ">value</".
            xmp = xmp.Replace(">" + value + "</", ">" + SecurityElement.Escape(value) + "</", StringComparison.Ordinal);
        }
        var newXmp = Encoding.UTF8.GetBytes(xmp);
        var delta = newXmp.Length - length;

        var newHeader = Encoding.Latin1.GetBytes(header.Value.Replace(
            "/Length " + length.ToString(CultureInfo.InvariantCulture),
            "/Length " + newXmp.Length.ToString(CultureInfo.InvariantCulture),
            StringComparison.Ordinal));
        delta += newHeader.Length - header.Length;

        var tail = text[streamEnd..];
        var startXref = StartXref().Match(tail);
        var oldOffset = long.Parse(startXref.Groups[1].Value, CultureInfo.InvariantCulture);
        tail = tail[..startXref.Index] + "startxref\n" + (oldOffset + delta).ToString(CultureInfo.InvariantCulture) + "\n" + tail[(startXref.Index + startXref.Length)..];

        using var result = new MemoryStream(pdf.Length + delta + 16);
        result.Write(pdf, 0, header.Index);
        result.Write(newHeader);
        result.Write(newXmp);
        result.Write(Encoding.Latin1.GetBytes(tail));
        return result.ToArray();
    }
}
