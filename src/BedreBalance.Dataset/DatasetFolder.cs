using BedreBalance.Domain;

namespace BedreBalance.Dataset;

/// <summary>The files of a dataset, on disk or in memory, as the loader asks for them.</summary>
internal interface IDatasetFolder
{
    string Directory { get; }

    bool Exists(string fileName);

    /// <summary>The file as text (UTF-8 checked); null, with a diagnostic, when it is missing or cannot be read.</summary>
    string? ReadText(string fileName, List<Diagnostic> diagnostics);

    /// <summary>The file's bytes, at most <paramref name="maxBytes"/>; null, with a diagnostic, when it cannot be read.</summary>
    byte[]? ReadBytes(string fileName, long maxBytes, List<Diagnostic> diagnostics);
}

internal sealed class DiskFolder(string directory) : IDatasetFolder
{
    public string Directory { get; } = directory;

    // A folder, pipe or device named like a table file is there too: reading it says what it is instead.
    public bool Exists(string fileName) => Path.Exists(Path.Combine(Directory, fileName));

    public string? ReadText(string fileName, List<Diagnostic> diagnostics) => TextFile.Read(Directory, fileName, diagnostics);

    /// <summary>
    /// Reads a regular file, never more than <paramref name="maxBytes"/>. A pipe or a device reports no length and
    /// is refused before it is opened, so a FIFO named tabel1.xlsx cannot make the program wait forever.
    /// </summary>
    public byte[]? ReadBytes(string fileName, long maxBytes, List<Diagnostic> diagnostics)
    {
        var at = new SourceLocation(fileName);
        try
        {
            var info = new FileInfo(Path.Combine(Directory, fileName));
            if (info.Attributes.HasFlag(FileAttributes.Directory))
            {
                diagnostics.Add(Diagnostic.Error(at, null, DatasetText.Get("FolderNotFile")));
                return null;
            }
            if (info.Length == 0)
            {
                diagnostics.Add(Diagnostic.Error(at, null, DatasetText.Get("EmptyOrNotRegular")));
                return null;
            }
            if (info.Length > maxBytes)
            {
                diagnostics.Add(Diagnostic.Error(at, null, DatasetText.Format("FileTooLarge", maxBytes / (1024 * 1024))));
                return null;
            }
            using var stream = info.OpenRead();
            var buffer = new byte[info.Length];
            var read = 0;
            while (read < buffer.Length && stream.Read(buffer, read, buffer.Length - read) is > 0 and var n)
            {
                read += n;
            }
            return read == buffer.Length ? buffer : buffer[..read];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(at, null, DatasetText.Format("CannotRead", e.Message)));
            return null;
        }
    }
}

internal sealed class MemoryFolder(string directory, IReadOnlyDictionary<string, byte[]> files) : IDatasetFolder
{
    public string Directory { get; } = directory;

    public bool Exists(string fileName) => files.ContainsKey(fileName);

    public string? ReadText(string fileName, List<Diagnostic> diagnostics) =>
        files.TryGetValue(fileName, out var bytes) ? TextFile.Decode(bytes, fileName, diagnostics) : TextFile.Missing(Directory, fileName, diagnostics);

    public byte[]? ReadBytes(string fileName, long maxBytes, List<Diagnostic> diagnostics)
    {
        if (files.TryGetValue(fileName, out var bytes) && bytes.Length <= maxBytes)
        {
            return bytes;
        }
        diagnostics.Add(Diagnostic.Error(new SourceLocation(fileName), null,
            bytes is null ? DatasetText.Format("FileMissingAt", Path.Combine(Directory, fileName)) : DatasetText.Format("FileTooLarge", maxBytes / (1024 * 1024))));
        return null;
    }
}

/// <summary>A folder whose text files are checked for characters the documents cannot print as they are read.</summary>
internal sealed class PrintableCheckingFolder(IDatasetFolder inner, PrintableCharacters printable) : IDatasetFolder
{
    public string Directory => inner.Directory;

    public bool Exists(string fileName) => inner.Exists(fileName);

    public string? ReadText(string fileName, List<Diagnostic> diagnostics)
    {
        var text = inner.ReadText(fileName, diagnostics);
        if (text is not null)
        {
            printable.Check(fileName, text, diagnostics);
        }
        return text;
    }

    public byte[]? ReadBytes(string fileName, long maxBytes, List<Diagnostic> diagnostics) => inner.ReadBytes(fileName, maxBytes, diagnostics);
}
