using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BedreBalance.Rendering.Pdf.Tests;

/// <summary>Small PDF files written by hand, in PDFsharp's layout (one xref table, objects numbered from 1), for rewrite and checker tests.</summary>
internal static class MinimalPdf
{
    /// <summary>Objects 1, 2, … : a dictionary, or a stream as (dictionary with any /Length, data); catalog first.</summary>
    public static byte[] Build(params object[] objects)
    {
        using var output = new MemoryStream();
        void Write(string text) => output.Write(Encoding.Latin1.GetBytes(text));
        Write("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(output.Position);
            Write($"{i + 1} 0 obj\n");
            switch (objects[i])
            {
                case string dictionary:
                    Write(dictionary + "\nendobj\n");
                    break;
                case (string dictionary, byte[] data):
                    Write(Regex.Replace(dictionary, @"/Length \d+", "/Length " + data.Length.ToString(CultureInfo.InvariantCulture)) + "\nstream\n");
                    output.Write(data);
                    Write("\nendstream\nendobj\n");
                    break;
                case (string dictionary, string content):
                    var bytes = Encoding.Latin1.GetBytes(content);
                    Write(Regex.Replace(dictionary, @"/Length \d+", "/Length " + bytes.Length.ToString(CultureInfo.InvariantCulture)) + "\nstream\n");
                    output.Write(bytes);
                    Write("\nendstream\nendobj\n");
                    break;
                default:
                    throw new ArgumentException($"object {i + 1}: a dictionary string or a (dictionary, data) pair");
            }
        }
        var xref = output.Position;
        Write($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) Write($"{offset:D10} 00000 n \n");
        Write($"trailer\n<</Root 1 0 R/Size {objects.Length + 1}>>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    public static void AssertEveryXrefEntryPointsAtItsObject(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var xref = int.Parse(Regex.Match(text, @"startxref\n(\d+)\n%%EOF\n$").Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.StartsWith("xref\n0 ", text[xref..], StringComparison.Ordinal);
        var entries = Regex.Matches(text[xref..], @"(\d{10}) (\d{5}) n \n");
        Assert.NotEmpty(entries);
        for (var i = 0; i < entries.Count; i++)
        {
            var offset = int.Parse(entries[i].Groups[1].Value, CultureInfo.InvariantCulture);
            Assert.StartsWith($"{i + 1} 0 obj", text[offset..], StringComparison.Ordinal);
        }
    }
}
