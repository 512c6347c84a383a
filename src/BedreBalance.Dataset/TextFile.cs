using System.Text;
using BedreBalance.Domain;

namespace BedreBalance.Dataset;

/// <summary>Reads a dataset file as UTF-8 (with or without BOM) and says so plainly when it is anything else.</summary>
internal static class TextFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Read(string directory, string fileName, List<Diagnostic> diagnostics)
    {
        var path = Path.Combine(directory, fileName);
        var at = new SourceLocation(fileName);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (FileNotFoundException)
        {
            return Missing(directory, fileName, diagnostics);
        }
        catch (DirectoryNotFoundException)
        {
            diagnostics.Add(Diagnostic.Error(at, null, $"The file is missing: the folder {directory} does not exist."));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(at, null, $"The file cannot be read: {e.Message}"));
            return null;
        }
        return Decode(bytes, fileName, diagnostics);
    }

    /// <summary>Reports a dataset file that is not there; returns null, as a file that cannot be read.</summary>
    public static string? Missing(string directory, string fileName, List<Diagnostic> diagnostics)
    {
        diagnostics.Add(Diagnostic.Error(new SourceLocation(fileName), null, $"The file is missing: expected {Path.Combine(directory, fileName)}."));
        return null;
    }

    public static string? Decode(ReadOnlySpan<byte> bytes, string fileName, List<Diagnostic> diagnostics)
    {
        var at = new SourceLocation(fileName);
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }
        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE }) || bytes.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            diagnostics.Add(Diagnostic.Error(at, null, "The file is saved as UTF-16 (Excel's \"Unicode Text\"); save it as \"CSV UTF-8\" instead."));
            return null;
        }
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var line = 1 + CountNewlines(bytes[..Math.Clamp(e.Index, 0, bytes.Length)]);
            diagnostics.Add(Diagnostic.Error(at with { Line = line }, null,
                "The file is not UTF-8 text (perhaps saved as Windows-1252/ANSI, which turns æ, ø and å into other characters); save it as \"CSV UTF-8\" or UTF-8."));
            return null;
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(Diagnostic.Error(at, null, "The file is empty."));
            return null;
        }
        return text;
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
