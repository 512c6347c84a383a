using System.Text;
using ICSharpCode.SharpZipLib.Zip.Compression;
using ICSharpCode.SharpZipLib.Zip.Compression.Streams;
using Microsoft.IO;
using Crc32 = System.IO.Hashing.Crc32;

namespace BedreBalance.Packaging;

/// <summary>
/// Writes a zip whose bytes depend on its entries alone: entries in ordinal name order, every entry dated
/// 1980-01-01 (the zip format's earliest date), MS-DOS as the "made by" system, each entry deflated by
/// SharpZipLib's managed deflater. ZipArchive cannot do this: it stamps the host OS into each entry, and its
/// deflate (native zlib-ng) is not promised to give the same bytes on x64 and arm64.
/// Each entry is written in one pass: its content goes through the CRC and the deflater into a pooled buffer
/// of compressed bytes, then header and data go to the output, which need not seek (standard output).
/// </summary>
public sealed class DeterministicZip(Stream output)
{
    /// <summary>
    /// Level 6, zlib's default balance of size and time: the 10.000-row document.xml, 3.75 MB, deflates to 83 KB.
    /// Part of the pinned bytes: another level gives other bytes.
    /// </summary>
    public const int CompressionLevel = 6;

    private const ushort Version = 20;              // 2.0: what a reader of deflated entries needs
    private const ushort Utf8NamesFlag = 1 << 11;
    private const ushort DeflatedMethod = 8;
    private const ushort MidnightTime = 0;
    private const ushort FirstOfJanuary1980 = (0 << 9) | (1 << 5) | 1; // years since 1980, month, day

    private static readonly RecyclableMemoryStreamManager Buffers = new();

    private readonly Stream output = output;
    private readonly List<(byte[] Name, uint Crc, uint CompressedSize, uint Size, uint Offset)> central = [];
    private long position;
    private string? previousName;
    /// <summary>One deflater for every entry, reset for each: a new one allocates some 300 KB of window and tables.</summary>
    private readonly Deflater deflater = new(CompressionLevel, noZlibHeaderOrFooter: true);

    public void Add(string name, byte[] content) => Add(name, stream => stream.Write(content));

    /// <summary>Adds an entry whose content <paramref name="writeContent"/> writes; names must come in ordinal order.</summary>
    public void Add(string name, Action<Stream> writeContent)
    {
        if (previousName is not null && string.CompareOrdinal(previousName, name) >= 0)
        {
            throw new InvalidOperationException($"Zip entry '{name}' comes after '{previousName}'; entries must be added in ordinal order.");
        }
        previousName = name;
        using var compressed = Buffers.GetStream("zip entry");
        var checksum = new Crc32();
        long size;
        deflater.Reset();
        using (var deflating = new DeflaterOutputStream(compressed, deflater) { IsStreamOwner = false })
        using (var counting = new ChecksumStream(deflating, checksum))
        {
            writeContent(counting);
            size = counting.Written;
        }
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var crc = checksum.GetCurrentHashAsUInt32();
        var record = (nameBytes, crc, checked((uint)compressed.Length), checked((uint)size), checked((uint)position));
        using (var header = new BinaryWriter(new PositionStream(this), Encoding.UTF8, leaveOpen: false)) // little-endian everywhere
        {
            header.Write(0x04034b50u);
            WriteCommonHeader(header, record);
            header.Write(nameBytes);
        }
        compressed.Position = 0;
        compressed.CopyTo(output);
        position += compressed.Length;
        central.Add(record);
    }

    /// <summary>Writes the central directory; the zip is complete after this.</summary>
    public void Finish()
    {
        var centralStart = checked((uint)position);
        using var writer = new BinaryWriter(new PositionStream(this), Encoding.UTF8, leaveOpen: false);
        foreach (var record in central)
        {
            writer.Write(0x02014b50u);
            writer.Write(Version);                  // made by: MS-DOS (high byte 0), spec 2.0
            WriteCommonHeader(writer, record);
            writer.Write((ushort)0);                // comment length
            writer.Write((ushort)0);                // disk number
            writer.Write((ushort)0);                // internal attributes
            writer.Write(0u);                       // external attributes
            writer.Write(record.Offset);
            writer.Write(record.Name);
        }
        writer.Flush();
        var centralSize = checked((uint)(position - centralStart));
        writer.Write(0x06054b50u);
        writer.Write((ushort)0);                    // this disk
        writer.Write((ushort)0);                    // disk with the central directory
        writer.Write(checked((ushort)central.Count));
        writer.Write(checked((ushort)central.Count));
        writer.Write(centralSize);
        writer.Write(centralStart);
        writer.Write((ushort)0);                    // comment length
    }

    /// <summary>The fields a local header and a central-directory record share, from "version needed" on.</summary>
    private static void WriteCommonHeader(BinaryWriter writer, (byte[] Name, uint Crc, uint CompressedSize, uint Size, uint Offset) record)
    {
        writer.Write(Version);
        writer.Write(record.Name.Any(b => b >= 0x80) ? Utf8NamesFlag : (ushort)0);
        writer.Write(DeflatedMethod);
        writer.Write(MidnightTime);
        writer.Write(FirstOfJanuary1980);
        writer.Write(record.Crc);
        writer.Write(record.CompressedSize);
        writer.Write(record.Size);
        writer.Write(checked((ushort)record.Name.Length));
        writer.Write((ushort)0);                    // extra field length
    }

    /// <summary>Writes through to the zip's output and counts what it wrote, since the output may not tell its position.</summary>
    private sealed class PositionStream(DeterministicZip zip) : WriteOnlyStream
    {
        public override void Write(ReadOnlySpan<byte> buffer)
        {
            zip.output.Write(buffer);
            zip.position += buffer.Length;
        }
    }

    /// <summary>Feeds every byte written to the CRC and counts it on its way to the deflater.</summary>
    private sealed class ChecksumStream(Stream inner, Crc32 checksum) : WriteOnlyStream
    {
        public long Written { get; private set; }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            checksum.Append(buffer);
            Written += buffer.Length;
            inner.Write(buffer);
        }

        // The deflater takes arrays; passing the writer's array on spares a copy through a rented one.
        public override void Write(byte[] buffer, int offset, int count)
        {
            checksum.Append(buffer.AsSpan(offset, count));
            Written += count;
            inner.Write(buffer, offset, count);
        }
    }

    private abstract class WriteOnlyStream : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));
        public abstract override void Write(ReadOnlySpan<byte> buffer);
    }
}
