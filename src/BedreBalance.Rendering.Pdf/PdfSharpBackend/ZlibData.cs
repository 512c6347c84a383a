using ICSharpCode.SharpZipLib.Checksum;
using ICSharpCode.SharpZipLib.Zip.Compression;

namespace BedreBalance.Rendering.Pdf.PdfSharpBackend;

/// <summary>
/// zlib data (RFC 1950) as FlateDecode streams hold it. Compression uses SharpZipLib's managed deflater, so the same
/// input gives the same bytes on every machine; .NET's own deflate is native zlib-ng, whose output may differ by CPU.
/// </summary>
internal static class ZlibData
{
    /// <summary>Compresses <paramref name="data"/> into a complete zlib stream: header, deflate data, Adler-32.</summary>
    public static byte[] Compress(ReadOnlySpan<byte> data)
    {
        var deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, noZlibHeaderOrFooter: false);
        deflater.SetInput(data.ToArray());
        deflater.Finish();
        using var output = new MemoryStream(data.Length / 3 + 64);
        var buffer = new byte[64 * 1024];
        while (!deflater.IsFinished)
        {
            var count = deflater.Deflate(buffer);
            output.Write(buffer, 0, count);
        }
        return output.ToArray();
    }

    /// <summary>
    /// Decompresses zlib data whose Adler-32 trailer may be missing, as PDFsharp 6.2.4 writes it; a trailer that is
    /// present must match. Anything else (a bad header, deflate data cut short, bytes after the end) throws: the data
    /// would not be what was meant, and re-encoding it would hide that.
    /// </summary>
    public static byte[] DecompressAllowingMissingChecksum(ReadOnlySpan<byte> zlib)
    {
        if (zlib.Length < 2 || (zlib[0] & 0x0F) != 8 || (zlib[0] << 8 | zlib[1]) % 31 != 0 || (zlib[1] & 0x20) != 0)
        {
            throw new InvalidDataException("Not a zlib stream (bad header).");
        }
        var inflater = new Inflater(noHeader: true);
        inflater.SetInput(zlib[2..].ToArray());
        using var output = new MemoryStream(zlib.Length * 4);
        var buffer = new byte[64 * 1024];
        while (!inflater.IsFinished)
        {
            var count = inflater.Inflate(buffer);
            if (count == 0 && !inflater.IsFinished && (inflater.IsNeedingInput || inflater.IsNeedingDictionary))
            {
                throw new InvalidDataException("The deflate data ends before its last block.");
            }
            output.Write(buffer, 0, count);
        }
        var trailer = zlib[^inflater.RemainingInput..];
        if (trailer.Length != 0)
        {
            if (trailer.Length != 4 || ReadBigEndian(trailer) != Adler32Of(output.GetBuffer().AsSpan(0, (int)output.Length)))
            {
                throw new InvalidDataException("The zlib stream's Adler-32 trailer does not match its data.");
            }
        }
        return output.ToArray();
    }

    private static uint Adler32Of(ReadOnlySpan<byte> data)
    {
        var adler = new Adler32();
        adler.Update(new ArraySegment<byte>(data.ToArray()));
        return (uint)adler.Value;
    }

    private static uint ReadBigEndian(ReadOnlySpan<byte> bytes) =>
        (uint)(bytes[0] << 24 | bytes[1] << 16 | bytes[2] << 8 | bytes[3]);
}
