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
            diagnostics.Add(new Diagnostic(Severity.Error, directory, null, null, "The dataset folder does not exist."));
            return new LoadResult(null, diagnostics);
        }
        var texts = DatasetFiles.All.ToDictionary(file => file, file => TextFile.Read(directory, file, diagnostics), StringComparer.Ordinal);
        return Check(texts, register, printable, diagnostics);
    }

    /// <summary>
    /// The same as <see cref="Load"/> for files already in memory (file name → bytes; a file not given is missing),
    /// e.g. for checking many variants of a dataset without touching the disk.
    /// </summary>
    public static LoadResult LoadFromMemory(
        string directory, IReadOnlyDictionary<string, byte[]> files, MunicipalityRegister? register = null, PrintableCharacters? printable = null)
    {
        var diagnostics = new List<Diagnostic>();
        var texts = DatasetFiles.All.ToDictionary(
            file => file,
            file => files.TryGetValue(file, out var bytes) ? TextFile.Decode(bytes, file, diagnostics) : TextFile.Missing(directory, file, diagnostics),
            StringComparer.Ordinal);
        return Check(texts, register, printable, diagnostics);
    }

    private static LoadResult Check(
        Dictionary<string, string?> texts, MunicipalityRegister? register, PrintableCharacters? printable, List<Diagnostic> diagnostics)
    {
        if (printable is not null)
        {
            foreach (var (file, text) in texts)
            {
                if (text is not null) printable.Check(file, text, diagnostics);
            }
        }
        var parts = FollowUpReader.ParseParts(
            texts[DatasetTable.MunicipalityJobs.FileName], texts[DatasetTable.InstitutionJobs.FileName], texts[DatasetTable.InstitutionStations.FileName], diagnostics);
        var letterText = texts[DatasetFiles.LetterText];
        var letter = letterText is null ? null : LetterTemplateReader.Parse(letterText, DatasetFiles.LetterText, diagnostics);
        DatasetValidator.Validate(parts, letter, register ?? MunicipalityRegister.Official, diagnostics);
        var followUp = parts.Complete;
        var read = followUp is not null && letter is not null ? new LoadedDataset(followUp, letter) : null;
        return diagnostics.Any(d => d.IsError)
            ? new LoadResult(null, diagnostics, read)
            : new LoadResult(read, diagnostics);
    }
}
