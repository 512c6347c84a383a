using ICSharpCode.SharpZipLib.Checksum;
using ICSharpCode.SharpZipLib.Zip.Compression;

namespace BedreBalance.Rendering.Pdf.PdfSharpBackend;

/// <summary>
/// zlib data (RFC 1950) as FlateDecode streams hold it. Compression uses SharpZipLib's managed deflater, so the same
/// input gives the same bytes on every machine; .NET's own deflate is native zlib-ng, whose output may differ by CPU.
/// One instance reuses its deflater, inflater and buffer for every stream of a file (a long letter has hundreds of
/// page streams, and each new deflater allocates its window and hash tables afresh). Not thread-safe.
/// </summary>
internal sealed class ZlibData : IDisposable
{
    private readonly Deflater deflater = new(Deflater.DEFAULT_COMPRESSION, noZlibHeaderOrFooter: false);
    private readonly Inflater inflater = new(noHeader: true);
    private readonly byte[] buffer = new byte[64 * 1024];
    private readonly MemoryStream plain = new();
    private readonly MemoryStream packed = new();

    public void Dispose()
    {
        plain.Dispose();
        packed.Dispose();
    }

    /// <summary>Compresses <paramref name="data"/> into a complete zlib stream: header, deflate data, Adler-32.</summary>
    public byte[] Compress(byte[] data) => Compress(data, data.Length);

    /// <summary>
    /// The zlib stream <paramref name="zlib"/> (its trailer possibly missing, see <see cref="DecompressAllowingMissingChecksum"/>)
    /// compressed again into a complete one, without keeping the decompressed data.
    /// </summary>
    public byte[] Recompress(byte[] zlib)
    {
        Inflate(zlib);
        return Compress(plain.GetBuffer(), (int)plain.Length);
    }

    /// <summary>
    /// Decompresses zlib data whose Adler-32 trailer may be missing, as PDFsharp 6.2.4 writes it; a trailer that is
    /// present must match. Anything else (a bad header, deflate data cut short, bytes after the end) throws: the data
    /// would not be what was meant, and re-encoding it would hide that.
    /// </summary>
    public byte[] DecompressAllowingMissingChecksum(byte[] zlib)
    {
        Inflate(zlib);
        return plain.ToArray();
    }

    private byte[] Compress(byte[] data, int count)
    {
        deflater.Reset();
        deflater.SetInput(data, 0, count);
        deflater.Finish();
        packed.SetLength(0);
        while (!deflater.IsFinished)
        {
            var written = deflater.Deflate(buffer);
            packed.Write(buffer, 0, written);
        }
        return packed.ToArray();
    }

    /// <summary>Decompresses into <see cref="plain"/>.</summary>
    private void Inflate(byte[] zlib)
    {
        if (zlib.Length < 2 || (zlib[0] & 0x0F) != 8 || (zlib[0] << 8 | zlib[1]) % 31 != 0 || (zlib[1] & 0x20) != 0)
        {
            throw new InvalidDataException("Not a zlib stream (bad header).");
        }
        inflater.Reset();
        inflater.SetInput(zlib, 2, zlib.Length - 2);
        var output = plain;
        output.SetLength(0);
        while (!inflater.IsFinished)
        {
            var count = inflater.Inflate(buffer);
            if (count == 0 && !inflater.IsFinished && (inflater.IsNeedingInput || inflater.IsNeedingDictionary))
            {
                throw new InvalidDataException("The deflate data ends before its last block.");
            }
            output.Write(buffer, 0, count);
        }
        var trailer = zlib.AsSpan(zlib.Length - inflater.RemainingInput);
        if (trailer.Length != 0)
        {
            if (trailer.Length != 4 || ReadBigEndian(trailer) != Adler32Of(output.GetBuffer(), (int)output.Length))
            {
                throw new InvalidDataException("The zlib stream's Adler-32 trailer does not match its data.");
            }
        }
    }

    private static uint Adler32Of(byte[] data, int count)
    {
        var adler = new Adler32();
        adler.Update(new ArraySegment<byte>(data, 0, count));
        return (uint)adler.Value;
    }

    private static uint ReadBigEndian(ReadOnlySpan<byte> bytes) =>
        (uint)(bytes[0] << 24 | bytes[1] << 16 | bytes[2] << 8 | bytes[3]);
}
