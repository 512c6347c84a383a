using System.Text;
using BedreBalance.Rendering.Pdf.PdfSharpBackend;

namespace BedreBalance.Rendering.Pdf.Tests;

public class ReproducibleOutputTests
{
    private static byte[] Saved(string tagA, string tagB, string uuid, string id) => Encoding.Latin1.GetBytes(
        $"<</BaseFont/{tagA}+Serif>> <</FontName/{tagA}+Serif>> <</BaseFont/{tagB}+Serif-Bold>>\n" +
        $"<xmpMM:DocumentID>uuid:{uuid}</xmpMM:DocumentID><xmpMM:InstanceID>uuid:{uuid}</xmpMM:InstanceID>\n" +
        $"trailer <</ID[<{id}><{id}>]>>\n");

    private static byte[] Rewrite(byte[] saved)
    {
        using var buffer = PdfBuffers.Manager.GetStream("test", saved);
        ReproducibleOutput.Rewrite(buffer);
        return buffer.ToArray();
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
}
