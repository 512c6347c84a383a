using BedreBalance.Domain;
using BedreBalance.Domain.Register;

namespace BedreBalance.Dataset;

/// <summary>A dataset folder read and checked: the follow-up's tables and the letter's text.</summary>
public sealed record LoadedDataset(StatusFollowUp FollowUp, LetterTemplate Letter);

/// <param name="Dataset">The checked dataset; null when any error was found.</param>
/// <param name="Unchecked">
/// What could be read even though there are errors (every table file parsed, rows with errors left out, and the
/// letter's text), so that later stages can still report their own problems in the same run; null when a file
/// could not be read at all. Never to be printed from.
/// </param>
public sealed record LoadResult(LoadedDataset? Dataset, IReadOnlyList<Diagnostic> Diagnostics, LoadedDataset? Unchecked = null)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

public static class DatasetLoader
{
    /// <summary>
    /// Reads every file of the folder and runs every check, so that all problems are reported together.
    /// <see cref="LoadResult.Dataset"/> is null when any error was found.
    /// </summary>
    /// <param name="printable">The characters the documents can print; when given, every other character is an error.</param>
    public static LoadResult Load(string directory, MunicipalityRegister? register = null, PrintableCharacters? printable = null)
    {
        var diagnostics = new List<Diagnostic>();
        if (!Directory.Exists(directory))
        {
            diagnostics.Add(new Diagnostic(Severity.Error, directory, null, null, DatasetText.Format("NoDatasetFolder", Path.GetFullPath(directory))));
            return new LoadResult(null, diagnostics);
        }
        return Check(new DiskFolder(directory), register, printable, diagnostics);
    }

    /// <summary>
    /// The same as <see cref="Load"/> for files already in memory (file name → bytes; a file not given is missing),
    /// e.g. for checking many variants of a dataset without touching the disk.
    /// </summary>
    public static LoadResult LoadFromMemory(
        string directory, IReadOnlyDictionary<string, byte[]> files, MunicipalityRegister? register = null, PrintableCharacters? printable = null)
    {
        return Check(new MemoryFolder(directory, files), register, printable, new List<Diagnostic>());
    }

    private static LoadResult Check(IDatasetFolder folder, MunicipalityRegister? register, PrintableCharacters? printable, List<Diagnostic> diagnostics)
    {
        if (printable is not null)
        {
            folder = new PrintableCheckingFolder(folder, printable);
        }
        var tables = TableSources.Read(folder, diagnostics);
        if (printable is not null)
        {
            // Text files were checked as they were read; a worksheet's cells are checked here, each at its cell.
            foreach (var table in tables.Where(t => t?.Source.Sheet is not null))
            {
                foreach (var record in table!.Records)
                {
                    for (var i = 0; i < record.Fields.Count; i++)
                    {
                        printable.Check(record.At(i), record.Fields[i], diagnostics);
                    }
                }
            }
        }
        var parts = FollowUpReader.ParseParts(tables[0], tables[1], tables[2], diagnostics);
        var letterText = folder.ReadText(DatasetFiles.LetterText, diagnostics);
        var letter = letterText is null ? null : LetterTemplateReader.Parse(letterText, DatasetFiles.LetterText, diagnostics);
        DatasetValidator.Validate(parts, letter, register ?? MunicipalityRegister.Official, diagnostics);
        var followUp = parts.Complete;
        var read = followUp is not null && letter is not null ? new LoadedDataset(followUp, letter) : null;
        return diagnostics.Any(d => d.IsError)
            ? new LoadResult(null, diagnostics, read)
            : new LoadResult(read, diagnostics);
    }
}
