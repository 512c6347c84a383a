using System.Buffers;
using System.Globalization;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.IO;

namespace BedreBalance.Rendering.Pdf.PdfSharpBackend;

/// <summary>
/// Completes PDFsharp 6.2.4's XMP metadata after saving. PDFsharp writes the title, author and subject without XML
/// escaping, so a subject such as "Bedre Balance I &amp; II" makes the XMP ill-formed and the file no longer PDF/A:
/// each such value is replaced by its escaped form. And PDFsharp knows no PDF/UA: the PDF/UA identification
/// (pdfuaid:part 1) is added, with the extension schema description that PDF/A-1 requires for a schema it does not
/// predefine. PDFsharp writes the metadata stream as the last object before the xref table, so only that stream's
/// /Length and the startxref offset move; this is checked, never assumed.
/// </summary>
internal static partial class XmpEscaping
{
    /// <summary>PDF/UA-1 identification and its PDF/A extension schema, as rdf:Descriptions.</summary>
    private const string PdfUaIdentification =
        """
              <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
                <pdfuaid:part>1</pdfuaid:part>
              </rdf:Description>
              <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
                <pdfaExtension:schemas>
                  <rdf:Bag>
                    <rdf:li rdf:parseType="Resource">
                      <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                      <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                      <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                      <pdfaSchema:property>
                        <rdf:Seq>
                          <rdf:li rdf:parseType="Resource">
                            <pdfaProperty:name>part</pdfaProperty:name>
                            <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                            <pdfaProperty:category>internal</pdfaProperty:category>
                            <pdfaProperty:description>Part of ISO 14289 the document conforms to</pdfaProperty:description>
                          </rdf:li>
                        </rdf:Seq>
                      </pdfaSchema:property>
                    </rdf:li>
                  </rdf:Bag>
                </pdfaExtension:schemas>
              </rdf:Description>

        """;

    private const string RdfEnd = "    </rdf:RDF>";

    [GeneratedRegex(@"/Type\s*/Metadata\s*/Subtype\s*/XML\s*/Length (\d+)>>\nstream\n")]
    private static partial Regex MetadataStreamHeader();

    /// <summary>
    /// PDFsharp's PDF/A identification (pdfaid:part, pdfaid:conformance), as one rdf:Description with its line end
    /// (PDFsharp ends its XMP lines with CR LF; the PDF/UA block added after it has LF).
    /// </summary>
    [GeneratedRegex(@"[ ]*<rdf:Description rdf:about="""" xmlns:pdfaid=""http://www\.aiim\.org/pdfa/ns/id/"">.*?</rdf:Description>\r?\n", RegexOptions.Singleline)]
    private static partial Regex PdfAIdentification();

    [GeneratedRegex(@"startxref\n(\d+)\n")]
    private static partial Regex StartXref();

    /// <summary>
    /// The saved file with the values escaped in its XMP and the PDF/UA identification added, in a new buffer (the old
    /// one is disposed). Only the tail from the metadata stream on is read as text. Without <paramref name="claimPdfA"/>
    /// the PDF/A identification is taken out: a file that breaks PDF/A-1's limits must not say it is PDF/A-1.
    /// </summary>
    public static RecyclableMemoryStream Escape(RecyclableMemoryStream pdf, IEnumerable<string> values, bool claimPdfA = true)
    {
        var unsafeValues = values.Where(v => v.AsSpan().IndexOfAny("&<>") >= 0).Distinct().ToList();
        // The metadata stream is the last object, so its header is the last "/Metadata"; the tail is read from a
        // little before it. Latin-1 maps bytes to chars one to one, so string offsets are byte offsets.
        var tailStart = Math.Max(0, LastOccurrence(pdf.GetReadOnlySequence(), "/Metadata"u8) - 64);
        var tailBytes = pdf.GetReadOnlySequence().Slice(tailStart).ToArray();
        var text = Encoding.Latin1.GetString(tailBytes);
        var header = MetadataStreamHeader().Match(text);
        var streamStart = header.Index + header.Length;
        var length = header.Success ? int.Parse(header.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var streamEnd = streamStart + length;
        if (!header.Success || streamEnd > text.Length || !text.AsSpan(streamEnd).StartsWith("\nendstream\nendobj\nxref\n", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("PDFsharp did not write the XMP metadata as the last object; cannot escape it safely.");
        }

        var xmp = Encoding.UTF8.GetString(tailBytes, streamStart, length);
        foreach (var value in unsafeValues)
        {
            // Values stand as element content: ">value</".
            xmp = xmp.Replace(">" + value + "</", ">" + SecurityElement.Escape(value) + "</", StringComparison.Ordinal);
        }
        var rdfEnd = xmp.LastIndexOf(RdfEnd, StringComparison.Ordinal);
        if (rdfEnd < 0)
        {
            throw new InvalidOperationException("PDFsharp's XMP metadata has no </rdf:RDF>; cannot add the PDF/UA identification.");
        }
        xmp = xmp.Insert(rdfEnd, PdfUaIdentification);
        if (!claimPdfA)
        {
            var withoutClaim = PdfAIdentification().Replace(xmp, "", 1);
            if (withoutClaim.Length == xmp.Length) throw new InvalidOperationException("PDFsharp's XMP metadata has no PDF/A identification to take out.");
            xmp = withoutClaim;
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

        var result = PdfBuffers.Manager.GetStream("escaped pdf");
        foreach (var segment in pdf.GetReadOnlySequence().Slice(0, tailStart + header.Index))
        {
            result.Write(segment.Span);
        }
        result.Write(newHeader);
        result.Write(newXmp);
        result.Write(Encoding.Latin1.GetBytes(tail));
        pdf.Dispose();
        return result;
    }

    private static long LastOccurrence(ReadOnlySequence<byte> bytes, ReadOnlySpan<byte> needle)
    {
        var last = -1L;
        var reader = new SequenceReader<byte>(bytes);
        while (reader.TryAdvanceTo(needle[0], advancePastDelimiter: false))
        {
            if (reader.IsNext(needle))
            {
                last = reader.Consumed;
            }
            reader.Advance(1);
        }
        return last;
    }
}
