using System.Buffers.Binary;

namespace BedreBalance.Rendering.Pdf.PdfSharpBackend;

/// <summary>Reads which glyphs a TrueType font program holds an outline for, from its 'head', 'maxp' and 'loca' tables.</summary>
internal static class TrueTypeGlyphs
{
    /// <summary>
    /// The glyph ids whose outline is in <paramref name="font"/>. A subset made by PDFsharp keeps every glyph id but
    /// empties the outlines it left out, so these are the glyphs the subset kept (blank glyphs such as the space have
    /// no outline in any font and are not among them).
    /// </summary>
    public static List<int> WithOutline(ReadOnlySpan<byte> font)
    {
        var head = Table(font, "head");
        var maxp = Table(font, "maxp");
        var loca = Table(font, "loca");
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(head[50..]) == 1;
        var glyphCount = BinaryPrimitives.ReadUInt16BigEndian(maxp[4..]);
        var entrySize = longOffsets ? 4 : 2;
        if (loca.Length < (glyphCount + 1) * entrySize) throw new InvalidDataException("The font's 'loca' table is shorter than its glyph count.");
        var glyphs = new List<int>();
        for (var glyph = 0; glyph < glyphCount; glyph++)
        {
            if (Offset(loca, longOffsets, glyph + 1) > Offset(loca, longOffsets, glyph)) glyphs.Add(glyph);
        }
        return glyphs;
    }

    private static long Offset(ReadOnlySpan<byte> loca, bool longOffsets, int glyph) => longOffsets
        ? BinaryPrimitives.ReadUInt32BigEndian(loca[(glyph * 4)..])
        : BinaryPrimitives.ReadUInt16BigEndian(loca[(glyph * 2)..]) * 2L;

    private static ReadOnlySpan<byte> Table(ReadOnlySpan<byte> font, string tag)
    {
        if (font.Length < 12) throw new InvalidDataException("Not a TrueType font program.");
        var tableCount = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        for (var i = 0; i < tableCount; i++)
        {
            var record = font.Slice(12 + i * 16, 16);
            if (record[0] == tag[0] && record[1] == tag[1] && record[2] == tag[2] && record[3] == tag[3])
            {
                var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
                var length = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
                if (offset < 0 || length < 0 || offset + length > font.Length) throw new InvalidDataException($"The font's '{tag}' table lies outside it.");
                return font.Slice(offset, length);
            }
        }
        throw new InvalidDataException($"The font has no '{tag}' table.");
    }
}
