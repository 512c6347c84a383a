using System.Text;
using System.Text.Unicode;
using BedreBalance.Dataset.Unicode;
using BedreBalance.Domain;

namespace BedreBalance.Dataset;

/// <summary>Reads a dataset file as UTF-8 (with or without BOM) and says so plainly when it is anything else.</summary>
internal static class TextFile
{
    public static string? Read(string directory, string fileName, List<Diagnostic> diagnostics)
    {
        var path = Path.Combine(directory, fileName);
        var at = new SourceLocation(fileName);
        // Asked before opening: opening a named pipe would wait for a writer, and a device may never end.
        var kind = FileKinds.Of(path);
        if (kind is not (FileKind.Regular or FileKind.Unknown))
        {
            diagnostics.Add(Diagnostic.Error(at, null, ReadingMessages.NotAFile(kind, path)));
            return null;
        }
        byte[]? bytes;
        try
        {
            bytes = ReadAtMost(path, DatasetLimits.MaximumFileBytes(fileName));
        }
        catch (FileNotFoundException)
        {
            return Missing(directory, fileName, diagnostics);
        }
        catch (DirectoryNotFoundException)
        {
            diagnostics.Add(Diagnostic.Error(at, null, DatasetText.Format("FolderMissing", directory)));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(at, null, DatasetText.Format("CannotRead", e.Message)));
            return null;
        }
        if (bytes is null)
        {
            diagnostics.Add(Diagnostic.Error(at, null, ReadingMessages.TooLarge(DatasetLimits.MaximumFileBytes(fileName))));
            return null;
        }
        return Decode(bytes, fileName, diagnostics);
    }

    /// <summary>The file's bytes, or null when it holds more than <paramref name="limit"/> (read no further than that).</summary>
    private static byte[]? ReadAtMost(string path, int limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
        if (stream.CanSeek && stream.Length > limit)
        {
            return null;
        }
        // A growing buffer, though the length is mostly known: reading into one array of that length was tried (issue 16)
        // and saves the copies, but at 10.000 rows it moved the process's first collection from here (a small heap)
        // into the PDF's rendering and raised the peak memory by 30 MB (docs/performance.md, "loadspeed").
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null; // A file that grows while read, or a device that never ends.
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>Reports a dataset file that is not there; returns null, as a file that cannot be read.</summary>
    public static string? Missing(string directory, string fileName, List<Diagnostic> diagnostics)
    {
        diagnostics.Add(Diagnostic.Error(new SourceLocation(fileName), null, DatasetText.Format("FileMissingAt", Path.Combine(directory, fileName))));
        return null;
    }

    /// <summary>Where the first byte that is not part of a UTF-8 character is (the bytes are known not to be valid UTF-8).</summary>
    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        Utf8.ToUtf16(bytes, new char[bytes.Length], out var valid, out _, replaceInvalidSequences: false);
        return valid;
    }

    public static string? Decode(ReadOnlySpan<byte> bytes, string fileName, List<Diagnostic> diagnostics)
    {
        var at = new SourceLocation(fileName);
        if (bytes.Length > DatasetLimits.MaximumFileBytes(fileName))
        {
            diagnostics.Add(Diagnostic.Error(at, null, ReadingMessages.TooLarge(DatasetLimits.MaximumFileBytes(fileName))));
            return null;
        }
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }
        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE }) || bytes.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            diagnostics.Add(Diagnostic.Error(at, null, DatasetText.Get("Utf16")));
            return null;
        }
        // Checked before decoding rather than caught as the decoder's exception: a broken file is an everyday input
        // here (and thousands of them in the fuzz runs), not an exceptional one.
        if (!Utf8.IsValid(bytes))
        {
            var line = 1 + CountNewlines(bytes[..FirstInvalidByte(bytes)]);
            diagnostics.Add(Diagnostic.Error(at with { Line = line }, null,
                DatasetText.Get("NotUtf8")));
            return null;
        }
        var text = Encoding.UTF8.GetString(bytes);
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(Diagnostic.Error(at, null, DatasetText.Get("EmptyFile")));
            return null;
        }
        // Checked as the user wrote it, so columns count the characters they see in their editor; then composed (NFC):
        // macOS and some editors write "å" as "a" + a combining ring, which would match no municipality's name and
        // print as two glyphs. Composing keeps every line where it was.
        return CheckCharactersAndLines(text, fileName, diagnostics) ? CanonicalComposition.Compose(text) : null;
    }

    /// <summary>
    /// Refuses what no later stage can handle: control characters (all of U+0000–U+001F but tab, line feed and the
    /// carriage return of a line end; the non-characters U+FFFE and U+FFFF; halves of surrogate pairs), each with
    /// line and column, and lines beyond <see cref="DatasetLimits.MaximumLineLength"/>. Reports at most
    /// <see cref="DatasetLimits.MaximumReportsPerFile"/> lines of each kind and counts the rest.
    /// </summary>
    /// <returns>False when a line is too long (the file is not parsed then); control characters are reported, and the
    /// file is still parsed so that its other problems are found in the same run.</returns>
    public static bool CheckCharactersAndLines(string text, string fileName, List<Diagnostic> diagnostics)
    {
        var controlLines = 0;
        var longLines = 0;
        var line = 1;
        var lineStart = 0;
        var controlOnThisLine = false;
        for (var i = 0; ; i++)
        {
            // Nearly every character is ordinary text, U+0020–U+D7FF, which is neither a line end nor refused: a
            // vectorised search skips to the next one that is not (a table file holds millions of characters).
            var ordinary = text.AsSpan(i).IndexOfAnyExceptInRange('\u0020', '\uD7FF');
            i = ordinary < 0 ? text.Length : i + ordinary;
            var c = i < text.Length ? text[i] : '\n';
            if (c == '\n')
            {
                var length = i - lineStart - (i > lineStart && text[i - 1] == '\r' ? 1 : 0);
                if (length > DatasetLimits.MaximumLineLength && ++longLines <= DatasetLimits.MaximumReportsPerFile)
                {
                    diagnostics.Add(Diagnostic.Error(new SourceLocation(fileName, line), null, ReadingMessages.LineTooLong(length)));
                }
                if (i == text.Length)
                {
                    break; // the end of the text ends its last line
                }
                line++;
                lineStart = i + 1;
                controlOnThisLine = false;
                continue;
            }
            if (controlOnThisLine || !IsRefused(text, i))
            {
                continue;
            }
            controlOnThisLine = true;
            if (++controlLines <= DatasetLimits.MaximumReportsPerFile)
            {
                var codePoint = (int)c; // Every refused character is a single UTF-16 unit.
                diagnostics.Add(Diagnostic.Error(new SourceLocation(fileName, line), null, ReadingMessages.ControlCharacter(i - lineStart + 1, codePoint)));
            }
        }
        if (controlLines > DatasetLimits.MaximumReportsPerFile)
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(fileName), null,
                ReadingMessages.MoreLikeThis(controlLines - DatasetLimits.MaximumReportsPerFile, ReadingMessages.Kind.ControlCharacters)));
        }
        if (longLines > DatasetLimits.MaximumReportsPerFile)
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(fileName), null,
                ReadingMessages.MoreLikeThis(longLines - DatasetLimits.MaximumReportsPerFile, ReadingMessages.Kind.LinesTooLong)));
        }
        return longLines == 0;
    }

    /// <summary>Where the first character <see cref="CheckCharactersAndLines"/> refuses is in <paramref name="text"/>, or -1.</summary>
    public static int IndexOfRefused(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n' && IsRefused(text, i))
            {
                return i;
            }
        }
        return -1;
    }

    private static bool IsRefused(string text, int i)
    {
        var c = text[i];
        if (c < ' ')
        {
            // A carriage return ends a line (Windows, old Mac), as the readers take it.
            return c is not ('\t' or '\r');
        }
        if (c is '\uFFFE' or '\uFFFF')
        {
            return true;
        }
        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        }
        return char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));
    }

    private static int CountNewlines(ReadOnlySpan<byte> bytes)
    {
        var count = 0;
        foreach (var b in bytes)
        {
            if (b == (byte)'\n') count++;
        }
        return count;
    }
}
