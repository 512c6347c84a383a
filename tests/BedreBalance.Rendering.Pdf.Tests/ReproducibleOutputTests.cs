using System.Text;
using BedreBalance.Rendering.Pdf.PdfSharpBackend;

namespace BedreBalance.Rendering.Pdf.Tests;

public class ReproducibleOutputTests
{
    private static byte[] Saved(string tagA, string tagB, string uuid, string id) => Encoding.Latin1.GetBytes(
        $"<</BaseFont/{tagA}+Serif>> <</FontName/{tagA}+Serif>> <</BaseFont/{tagB}+Serif-Bold>>\n" +
        $"<xmpMM:DocumentID>uuid:{uuid}</xmpMM:DocumentID><xmpMM:InstanceID>uuid:{uuid}</xmpMM:InstanceID>\n" +
        $"trailer <</ID[<{id}><{id}>]>>\n");

    /// <summary>Writes <paramref name="saved"/> through the writer in pieces of <paramref name="piece"/> bytes.</summary>
    private static byte[] Rewrite(byte[] saved, int piece = int.MaxValue)
    {
        using var target = new MemoryStream();
        using (var output = new ReproducibleOutput(target))
        {
            for (var at = 0; at < saved.Length; at += piece)
            {
                output.Write(saved, at, Math.Min(piece, saved.Length - at));
            }
            output.Finish();
        }
        Assert.Equal(saved.Length, target.Position);
        return target.ToArray();
    }

    [Fact]
    public void Random_tags_uuids_and_ids_become_the_same_bytes_of_the_same_length()
    {
        var first = Saved("QWERTY", "ASDFGH", "0f8fad5b-d9cb-469f-a165-70867728950e", "00112233445566778899AABBCCDDEEFF");
        var second = Saved("ZXCVBN", "POIUYT", "7c9e6679-7425-40de-944b-e07fc1f90ae7", "FFEEDDCCBBAA99887766554433221100");

        var rewritten = Rewrite(first);

        Assert.Equal(rewritten, Rewrite(second));
        Assert.Equal(first.Length, rewritten.Length);
        var text = Encoding.Latin1.GetString(rewritten);
        Assert.DoesNotContain("QWERTY", text, StringComparison.Ordinal);
        Assert.Matches(@"/BaseFont/([A-Z]{6})\+Serif>> <</FontName/\1\+Serif>> <</BaseFont/(?!\1)[A-Z]{6}\+Serif-Bold", text);
        Assert.Matches(@"ID\[<([0-9A-F]{32})><\1>\]", text);
    }

    [Fact]
    public void Different_content_gets_different_identifiers()
    {
        var one = Rewrite(Saved("QWERTY", "ASDFGH", "0f8fad5b-d9cb-469f-a165-70867728950e", "00112233445566778899AABBCCDDEEFF"));
        var other = Rewrite(Saved("QWERTY", "ASDFGH", "0f8fad5b-d9cb-469f-a165-70867728950e", "00112233445566778899AABBCCDDEEFF").Append((byte)'x').ToArray());

        Assert.NotEqual(Encoding.Latin1.GetString(one)[12..18], Encoding.Latin1.GetString(other)[12..18]); // the first subset tag
    }

    /// <summary>
    /// The writer searches a 64 KB window and keeps its end back for the next pass: a value cut by the window's edge,
    /// or written a byte at a time, must come out as if the file had been searched whole.
    /// </summary>
    [Theory]
    [InlineData(65_536 - 20, int.MaxValue)]
    [InlineData(65_536 - 260, 1)]
    [InlineData(65_536 - 5, 7)]
    [InlineData(3 * 65_536 - 200, 4096)]
    [InlineData(65_536 - 300, 65_536)]
    public void Values_across_the_window_edge_are_found_as_in_a_whole_file(int padding, int piece)
    {
        var values = Saved("QWERTY", "ASDFGH", "0f8fad5b-d9cb-469f-a165-70867728950e", "00112233445566778899AABBCCDDEEFF");
        // The same values at every offset around the edge: the padding moves the first, each copy moves the next.
        var saved = Enumerable.Repeat((byte)' ', padding).Concat(Enumerable.Range(0, 12).SelectMany(i => values.Concat(Enumerable.Repeat((byte)'\n', i)))).ToArray();

        var text = Encoding.Latin1.GetString(Rewrite(saved, piece));

        Assert.Equal(text, Encoding.Latin1.GetString(Rewrite(saved)));
        Assert.DoesNotContain("QWERTY", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ASDFGH", text, StringComparison.Ordinal);
        Assert.DoesNotContain("0f8fad5b", text, StringComparison.Ordinal);
        Assert.DoesNotContain("00112233", text, StringComparison.Ordinal);
        // The same original tag gets the same new one wherever it stands.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, @"/BaseFont/([A-Z]{6})\+Serif>>").Select(m => m.Groups[1].Value).Distinct());
    }

    [Fact]
    public void Writing_after_the_start_of_a_stream_patches_relative_to_it()
    {
        var saved = Saved("QWERTY", "ASDFGH", "0f8fad5b-d9cb-469f-a165-70867728950e", "00112233445566778899AABBCCDDEEFF");
        using var target = new MemoryStream();
        target.Write("prefix"u8);
        using (var output = new ReproducibleOutput(target))
        {
            output.Write(saved);
            output.Finish();
        }

        Assert.Equal("prefix"u8.ToArray().Concat(Rewrite(saved)), target.ToArray());
    }

    [Fact]
    public void A_stream_that_cannot_seek_is_refused_before_anything_is_written()
    {
        using var forwardOnly = new ForwardOnlyStream();
        Assert.Throws<ArgumentException>(() => new ReproducibleOutput(forwardOnly));
    }

    private sealed class ForwardOnlyStream : MemoryStream
    {
        public override bool CanSeek => false;
    }
}
