using System.IO.Compression;
using System.Text;

namespace BedreBalance.Packaging;

/// <summary>
/// Rewrites a package so that its bytes depend on its parts alone: entries in ordinal name order, every entry
/// dated 1980-01-01 (the zip format's earliest date), stored uncompressed, MS-DOS as the "made by" system.
/// ZipArchive cannot do this: it stamps the host OS into each entry, and its deflate (zlib-ng) is not
/// guaranteed to give the same bytes on x64 and arm64.
/// </summary>
public static class DeterministicZip
{
    private const ushort Version = 20;              // 2.0: the version any reader of stored entries needs
    private const ushort Utf8NamesFlag = 1 << 11;
    private const ushort StoredMethod = 0;
    private const ushort MidnightTime = 0;
    private const ushort FirstOfJanuary1980 = (0 << 9) | (1 << 5) | 1; // years since 1980, month, day

    public static void Repack(Stream package, Stream output)
    {
        List<(string Name, byte[] Data)> entries;
        using (var archive = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true))
        {
            entries = archive.Entries
                .Select(entry => (entry.FullName, ReadAll(entry)))
                .OrderBy(entry => entry.FullName, StringComparer.Ordinal)
                .ToList();
        }
        Write(entries, output);
    }

    public static void Write(IReadOnlyList<(string Name, byte[] Data)> entries, Stream output)
    {
        using var buffer = new MemoryStream();
        using var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true); // BinaryWriter is little-endian everywhere
        var central = new List<(byte[] Name, uint Crc, uint Size, uint Offset)>();
        foreach (var (name, data) in entries)
        {
            var nameBytes = Encoding.UTF8.GetBytes(name);
            var crc = Crc32.Of(data);
            var offset = checked((uint)buffer.Position);
            var size = checked((uint)data.Length);
            writer.Write(0x04034b50u);
            WriteCommonHeader(writer, nameBytes, crc, size);
            writer.Write(nameBytes);
            writer.Write(data);
            central.Add((nameBytes, crc, size, offset));
        }
        var centralStart = checked((uint)buffer.Position);
        foreach (var (nameBytes, crc, size, offset) in central)
        {
            writer.Write(0x02014b50u);
            writer.Write(Version);                  // made by: MS-DOS (high byte 0), spec 2.0
            WriteCommonHeader(writer, nameBytes, crc, size);
            writer.Write((ushort)0);                // comment length
            writer.Write((ushort)0);                // disk number
            writer.Write((ushort)0);                // internal attributes
            writer.Write(0u);                       // external attributes
            writer.Write(offset);
            writer.Write(nameBytes);
        }
        var centralSize = checked((uint)buffer.Position - centralStart);
        writer.Write(0x06054b50u);
        writer.Write((ushort)0);                    // this disk
        writer.Write((ushort)0);                    // disk with the central directory
        writer.Write(checked((ushort)central.Count));
        writer.Write(checked((ushort)central.Count));
        writer.Write(centralSize);
        writer.Write(centralStart);
        writer.Write((ushort)0);                    // comment length
        writer.Flush();
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    /// <summary>The fields a local header and a central-directory record share, from "version needed" on.</summary>
    private static void WriteCommonHeader(BinaryWriter writer, byte[] name, uint crc, uint size)
    {
        writer.Write(Version);
        writer.Write(name.Any(b => b >= 0x80) ? Utf8NamesFlag : (ushort)0);
        writer.Write(StoredMethod);
        writer.Write(MidnightTime);
        writer.Write(FirstOfJanuary1980);
        writer.Write(crc);
        writer.Write(size);                         // compressed size: stored, so the same
        writer.Write(size);
        writer.Write(checked((ushort)name.Length));
        writer.Write((ushort)0);                    // extra field length
    }

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
