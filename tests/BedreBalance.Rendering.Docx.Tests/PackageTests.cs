using System.IO.Compression;
using System.Xml.Linq;
using BedreBalance.Packaging;
using Xunit;

namespace BedreBalance.Rendering.Docx.Tests;

/// <summary>The package is reproducible: its bytes depend on the document alone.</summary>
public sealed class PackageTests
{
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    [Fact]
    public void Two_generations_are_byte_identical()
    {
        var first = Rendered.Render(TestLetter.Create());
        var second = Rendered.Render(TestLetter.Create());
        Assert.Equal(first, second);
    }

    // No clock in the package: every zip entry carries this fixed date (a wall-clock stamp would fail here at once,
    // without waiting out the zip format's two-second resolution), and core.xml's dates come from the data.
    [Fact]
    public void Zip_entries_are_dated_1980_01_01_and_in_ordinal_order()
    {
        using var zip = new ZipArchive(new MemoryStream(Rendered.Letter), ZipArchiveMode.Read);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.All(zip.Entries, entry => Assert.Equal(new DateTime(1980, 1, 1), entry.LastWriteTime.DateTime));
        Assert.Equal(
            ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/_rels/document.xml.rels", "word/document.xml", "word/footer1.xml", "word/settings.xml", "word/styles.xml"],
            names);
    }

    [Fact]
    public void Relationship_ids_are_the_fixed_ones_not_random()
    {
        using var zip = new ZipArchive(new MemoryStream(Rendered.Letter), ZipArchiveMode.Read);
        var ids = zip.Entries.Where(e => e.FullName.EndsWith(".rels", StringComparison.Ordinal))
            .SelectMany(e => XDocument.Load(e.Open()).Descendants(Relationships + "Relationship"))
            .Select(r => $"{r.Attribute("Target")!.Value}={r.Attribute("Id")!.Value}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(
            ["/docProps/core.xml=rId2", "/word/document.xml=rId1", "/word/footer1.xml=rId3", "/word/settings.xml=rId2", "/word/styles.xml=rId1"],
            ids);
    }

    [Fact]
    public void Core_properties_come_from_the_documents_metadata()
    {
        var metadata = TestLetter.Create().Metadata;
        using var document = DocxDump.Open(Rendered.Letter);
        var core = document.PackageProperties;
        Assert.Equal(metadata.Title, core.Title);
        Assert.Equal(metadata.Author, core.Creator);
        Assert.Equal(metadata.Subject, core.Subject);
        Assert.Equal(metadata.Language, core.Language);
        Assert.Equal(metadata.Created.UtcDateTime, core.Created?.ToUniversalTime());
        Assert.Equal(metadata.Created.UtcDateTime, core.Modified?.ToUniversalTime());
    }

    [Fact]
    public void Another_creation_date_changes_core_xml_and_nothing_else()
    {
        var letter = TestLetter.Create();
        var later = letter with { Metadata = letter.Metadata with { Created = letter.Metadata.Created.AddDays(3) } };
        var changed = ChangedEntries(Rendered.Render(letter), Rendered.Render(later));
        Assert.Equal(["docProps/core.xml"], changed);
    }

    [Fact]
    public void Zip_writer_output_is_readable_by_ZipArchive_with_the_same_content()
    {
        byte[] data = [.. Enumerable.Range(0, 1000).Select(i => (byte)(i * 7))];
        using var output = new MemoryStream();
        var writer = new DeterministicZip(output);
        writer.Add("a/b.xml", data);
        writer.Add("æ.txt", []);
        writer.Finish();
        using var zip = new ZipArchive(new MemoryStream(output.ToArray()), ZipArchiveMode.Read);
        Assert.Equal(["a/b.xml", "æ.txt"], zip.Entries.Select(e => e.FullName));
        using var copy = new MemoryStream();
        zip.Entries[0].Open().CopyTo(copy);
        Assert.Equal(data, copy.ToArray());
        Assert.Equal(System.IO.Hashing.Crc32.HashToUInt32(data), zip.Entries[0].Crc32);
        Assert.Equal(0, zip.Entries[1].Length);
    }

    [Fact]
    public void Zip_writer_refuses_entries_out_of_ordinal_order()
    {
        var writer = new DeterministicZip(new MemoryStream());
        writer.Add("word/styles.xml", []);
        Assert.Throws<InvalidOperationException>(() => writer.Add("word/document.xml", []));
        Assert.Throws<InvalidOperationException>(() => writer.Add("word/styles.xml", []));
    }

    [Fact]
    public void Every_part_is_deflated_and_its_crc_matches_its_content()
    {
        using var zip = new ZipArchive(new MemoryStream(Rendered.Letter), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            using var copy = new MemoryStream();
            entry.Open().CopyTo(copy);
            Assert.Equal(System.IO.Hashing.Crc32.HashToUInt32(copy.ToArray()), entry.Crc32);
            // XML compresses to well under half; stored entries would have equal lengths.
            Assert.True(entry.CompressedLength < entry.Length * 0.6, $"{entry.FullName}: {entry.CompressedLength} of {entry.Length} bytes");
        }
    }

    [Fact]
    public void The_letter_as_Word_file_stays_small()
    {
        // Issue 16: stored, the letter's .docx was 36 KB.
        Assert.InRange(Rendered.Letter.Length, 1, 10 * 1024);
    }

    [Fact]
    public void Renders_to_a_stream_that_cannot_seek_such_as_standard_output()
    {
        using var sink = new MemoryStream();
        using (var forwardOnly = new BufferedStream(new ForwardOnlyStream(sink)))
        {
            DocxRenderer.Render(TestLetter.Create(), forwardOnly);
        }
        Assert.Equal(Rendered.Letter, sink.ToArray());
    }

    private static List<string> ChangedEntries(byte[] a, byte[] b)
    {
        Dictionary<string, byte[]> Read(byte[] bytes)
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            return zip.Entries.ToDictionary(e => e.FullName, e =>
            {
                using var copy = new MemoryStream();
                e.Open().CopyTo(copy);
                return copy.ToArray();
            });
        }
        var left = Read(a);
        var right = Read(b);
        Assert.Equal(left.Keys.Order(StringComparer.Ordinal), right.Keys.Order(StringComparer.Ordinal));
        return [.. left.Keys.Where(k => !left[k].AsSpan().SequenceEqual(right[k])).Order(StringComparer.Ordinal)];
    }

    /// <summary>Writes through to another stream and refuses to seek, like a pipe.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
