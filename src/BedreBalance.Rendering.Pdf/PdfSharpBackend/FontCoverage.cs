using System.Buffers.Binary;
using System.Text;
using BedreBalance.Rendering.Pdf.Layout;

namespace BedreBalance.Rendering.Pdf.PdfSharpBackend;

/// <summary>
/// The characters the embedded fonts of a typeface can draw, read from each face's character map (the TrueType
/// 'cmap' table: format 12 for all of Unicode where the font has one, else format 4 for the Basic Multilingual Plane).
/// A character counts only if every face the typeface is drawn with has a glyph for it, since any run may be set bold
/// or italic; a face the typeface lacks (bold italic) is the one PDFsharp simulates it from, as the resolver decides.
/// Only each face's table directory and character map are read (a few kilobytes of a 400 KB file): the dataset's
/// checks run before any rendering, and most faces a check consults (the letter's italics) are never drawn.
/// </summary>
internal static class FontCoverage
{
    private static readonly IReadOnlyDictionary<PdfTypeface, Lazy<HashSet<int>>> Drawable =
        Enum.GetValues<PdfTypeface>().ToDictionary(t => t, t => new Lazy<HashSet<int>>(() => Covered(t)));

    public static bool CanDraw(Rune character, PdfTypeface typeface = PdfTypeface.LiberationSerif) =>
        Drawable[typeface].Value.Contains(character.Value);

    private static HashSet<int> Covered(PdfTypeface typeface)
    {
        var resolver = new EmbeddedFontResolver();
        HashSet<int>? common = null;
        foreach (var face in Enum.GetValues<FontFace>())
        {
            var resolved = resolver.ResolveTypeface(typeface.FamilyName(), face is FontFace.Bold or FontFace.BoldItalic, face is FontFace.Italic or FontFace.BoldItalic)
                ?? throw new InvalidOperationException($"{typeface.FamilyName()} has no {face} face.");
            using var font = EmbeddedFontResolver.OpenFace(resolved.FaceName);
            var covered = CodePoints(font);
            if (common is null) common = covered;
            else common.IntersectWith(covered);
        }
        return common!;
    }

    /// <summary>Every code point that the font file maps to a glyph other than .notdef.</summary>
    internal static HashSet<int> CodePoints(ReadOnlySpan<byte> font) => CodePointsOfMap(Table(font, "cmap"));

    /// <summary>
    /// As <see cref="CodePoints(ReadOnlySpan{byte})"/>, reading from <paramref name="font"/> (seekable) only the table
    /// directory and the 'cmap' table.
    /// </summary>
    internal static HashSet<int> CodePoints(Stream font)
    {
        Span<byte> offsetTable = stackalloc byte[12];
        font.ReadExactly(offsetTable);
        var directory = new byte[U16(offsetTable, 4) * 16];
        font.ReadExactly(directory);
        var (offset, length) = TableRecord(directory, "cmap");
        var cmap = new byte[length];
        font.Position = offset;
        font.ReadExactly(cmap);
        return CodePointsOfMap(cmap);
    }

    private static HashSet<int> CodePointsOfMap(ReadOnlySpan<byte> cmap)
    {
        var count = U16(cmap, 2);
        int format4 = -1, format12 = -1;
        for (var i = 0; i < count; i++)
        {
            var record = 4 + i * 8;
            var (platform, encoding, offset) = (U16(cmap, record), U16(cmap, record + 2), (int)U32(cmap, record + 4));
            var format = U16(cmap, offset);
            // Windows Unicode: encoding 1 is the BMP, 10 all planes; platform 0 is Unicode itself.
            if (format == 12 && (platform == 3 && encoding == 10 || platform == 0)) format12 = offset;
            if (format == 4 && (platform == 3 && encoding == 1 || platform == 0)) format4 = offset;
        }
        if (format12 >= 0) return Format12(cmap[format12..]);
        if (format4 >= 0) return Format4(cmap[format4..]);
        throw new InvalidDataException("The font has no Unicode character map.");
    }

    private static HashSet<int> Format4(ReadOnlySpan<byte> table)
    {
        var result = new HashSet<int>();
        var segments = U16(table, 6) / 2;
        int ends = 14, starts = ends + segments * 2 + 2, deltas = starts + segments * 2, rangeOffsets = deltas + segments * 2;
        for (var s = 0; s < segments; s++)
        {
            int end = U16(table, ends + s * 2), start = U16(table, starts + s * 2);
            var delta = (short)U16(table, deltas + s * 2);
            var rangeOffset = U16(table, rangeOffsets + s * 2);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    // idRangeOffset counts bytes from its own position to the glyph id of the segment's start.
                    var at = rangeOffsets + s * 2 + rangeOffset + (c - start) * 2;
                    glyph = U16(table, at);
                    if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                }
                if (glyph != 0) result.Add(c);
            }
        }
        return result;
    }

    private static HashSet<int> Format12(ReadOnlySpan<byte> table)
    {
        var result = new HashSet<int>();
        var groups = (int)U32(table, 12);
        for (var g = 0; g < groups; g++)
        {
            var group = 16 + g * 12;
            var (start, end, glyph) = (U32(table, group), U32(table, group + 4), U32(table, group + 8));
            for (var c = start; c <= end && c <= 0x10FFFF; c++)
            {
                if (glyph + (c - start) != 0) result.Add((int)c);
            }
        }
        return result;
    }

    private static ReadOnlySpan<byte> Table(ReadOnlySpan<byte> font, string tag)
    {
        var (offset, length) = TableRecord(font.Slice(12, U16(font, 4) * 16), tag);
        return font.Slice(offset, length);
    }

    /// <summary>Where the table named <paramref name="tag"/> lies in the file, from the table directory's 16-byte records.</summary>
    private static (int Offset, int Length) TableRecord(ReadOnlySpan<byte> directory, string tag)
    {
        for (var record = 0; record + 16 <= directory.Length; record += 16)
        {
            if (Encoding.ASCII.GetString(directory.Slice(record, 4)) == tag)
            {
                return ((int)U32(directory, record + 8), (int)U32(directory, record + 12));
            }
        }
        throw new InvalidDataException($"The font has no '{tag}' table.");
    }

    private static int U16(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadUInt16BigEndian(data[offset..]);

    private static uint U32(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadUInt32BigEndian(data[offset..]);
}
