using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace BedreBalance.Rendering.Pdf.PdfSharpBackend;

/// <summary>
/// Writes new indirect objects ("N 0 obj … endobj") straight into a file being written, recording where each begins
/// for the cross-reference table. Used for the objects that are too many to build as PDFsharp objects first (a long
/// table's structure elements): each is formatted into one reused buffer and written, so nothing of it stays alive.
/// Only what those objects need is here: names, integers, references, arrays, dictionaries and strings.
/// </summary>
internal sealed class PdfObjectWriter(Stream output, Action<int, long> objectStarted)
{
    private readonly ArrayBufferWriter<byte> buffer = new(256);
    private int current = -1;

    /// <summary>Starts object <paramref name="number"/>; everything written until <see cref="EndObject"/> is its value.</summary>
    public PdfObjectWriter BeginObject(int number)
    {
        if (current >= 0) throw new InvalidOperationException($"Object {current} is not ended.");
        current = number;
        buffer.ResetWrittenCount();
        Integer(number).Raw(" 0 obj\n"u8);
        return this;
    }

    public void EndObject()
    {
        if (current < 0) throw new InvalidOperationException("EndObject without BeginObject.");
        Raw("\nendobj\n"u8);
        objectStarted(current, output.Position);
        output.Write(buffer.WrittenSpan);
        current = -1;
    }

    /// <summary>A value written with the writer's methods, as text: for an entry of an object the writer does not write.</summary>
    public static string ValueText(Action<PdfObjectWriter> write)
    {
        var writer = new PdfObjectWriter(Stream.Null, (_, _) => { });
        write(writer);
        return Encoding.Latin1.GetString(writer.buffer.WrittenSpan);
    }

    /// <summary>PDF syntax as it is: delimiters, keys ("/P"), keywords.</summary>
    public PdfObjectWriter Raw(ReadOnlySpan<byte> syntax)
    {
        syntax.CopyTo(buffer.GetSpan(syntax.Length));
        buffer.Advance(syntax.Length);
        return this;
    }

    /// <summary>A name from ASCII letters and digits, such as a structure type; written after its slash.</summary>
    public PdfObjectWriter Name(string name)
    {
        var span = buffer.GetSpan(name.Length + 1);
        span[0] = (byte)'/';
        for (var i = 0; i < name.Length; i++)
        {
            if (!char.IsAsciiLetterOrDigit(name[i])) throw new ArgumentException($"\"{name}\" needs escaping as a PDF name.", nameof(name));
            span[i + 1] = (byte)name[i];
        }
        buffer.Advance(name.Length + 1);
        return this;
    }

    public PdfObjectWriter Integer(long value)
    {
        var span = buffer.GetSpan(20);
        Utf8Formatter.TryFormat(value, span, out var written);
        buffer.Advance(written);
        return this;
    }

    /// <summary>"N 0 R".</summary>
    public PdfObjectWriter Reference(int number) => Integer(number).Raw(" 0 R"u8);

    /// <summary>
    /// A text string (ISO 32000-1, 7.9.2.2): printable ASCII as a literal string with its delimiters escaped, anything
    /// else as UTF-16BE with its byte order mark, in hex, so no character depends on PDFDocEncoding.
    /// </summary>
    public PdfObjectWriter TextString(string text)
    {
        if (text.All(c => c is >= ' ' and <= '~'))
        {
            Raw("("u8);
            foreach (var c in text)
            {
                if (c is '(' or ')' or '\\') Raw("\\"u8);
                Raw([(byte)c]);
            }
            return Raw(")"u8);
        }
        Raw("<FEFF"u8);
        var utf16 = Encoding.BigEndianUnicode.GetBytes(text);
        var span = buffer.GetSpan(utf16.Length * 2);
        Convert.TryToHexString(utf16, span, out var written);
        buffer.Advance(written);
        return Raw(">"u8);
    }
}
