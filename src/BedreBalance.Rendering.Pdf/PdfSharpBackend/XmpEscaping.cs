using System.Security;
using System.Text;
using System.Text.RegularExpressions;

namespace BedreBalance.Rendering.Pdf.PdfSharpBackend;

/// <summary>
/// Completes PDFsharp 6.2.4's XMP metadata after saving. PDFsharp writes the title, author and subject without XML
/// escaping, so a subject such as "Bedre Balance I &amp; II" makes the XMP ill-formed and the file no longer PDF/A:
/// each such value is replaced by its escaped form. And PDFsharp knows no PDF/UA: the PDF/UA identification
/// (pdfuaid:part 1) is added, with the extension schema description that PDF/A-1 requires for a schema it does not
/// predefine. The archival rewrite applies it to the metadata stream as it writes that object, so the file is not
/// copied for it.
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

    /// <summary>
    /// PDFsharp's PDF/A identification (pdfaid:part, pdfaid:conformance), as one rdf:Description with its line end
    /// (PDFsharp ends its XMP lines with CR LF; the PDF/UA block added after it has LF).
    /// </summary>
    [GeneratedRegex(@"[ ]*<rdf:Description rdf:about="""" xmlns:pdfaid=""http://www\.aiim\.org/pdfa/ns/id/"">.*?</rdf:Description>\r?\n", RegexOptions.Singleline)]
    private static partial Regex PdfAIdentification();

    /// <summary>
    /// The document's XMP packet (the catalog's /Metadata stream, which PDFsharp writes plain) with the values escaped
    /// and the PDF/UA identification added. Without <paramref name="claimPdfA"/> the PDF/A identification is taken
    /// out: a file that breaks PDF/A-1's limits must not say it is PDF/A-1.
    /// </summary>
    public static byte[] Complete(ReadOnlySpan<byte> packet, IEnumerable<string> values, bool claimPdfA = true)
    {
        var xmp = Encoding.UTF8.GetString(packet);
        foreach (var value in values.Where(v => v.AsSpan().IndexOfAny("&<>") >= 0).Distinct())
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
        return Encoding.UTF8.GetBytes(xmp);
    }
}
