using System.Text;
using BedreBalance.Dataset;
using BedreBalance.Domain;

namespace BedreBalance.Letter.FollowUp;

public enum FollowUpCreationOutcome
{
    Created,
    /// <summary>The source folder is missing or its data has errors; <see cref="FollowUpCreation.Diagnostics"/> says which.</summary>
    SourceInvalid,
    /// <summary>The target folder (or a file of that name) exists; nothing was touched.</summary>
    TargetExists,
    /// <summary>The target lies inside the source: the command was given the wrong folders; nothing was touched.</summary>
    TargetInsideSource,
    /// <summary>The copy could not be written; nothing was left behind.</summary>
    WriteFailed,
}

/// <summary>
/// What <see cref="FollowUpCreator.Create"/> did. <see cref="PreviousStatus"/> and <see cref="Figures"/> come from
/// the source, so the user can be reminded of what still has to be updated by hand.
/// </summary>
public sealed record FollowUpCreation(
    FollowUpCreationOutcome Outcome,
    IReadOnlyList<Diagnostic> Diagnostics,
    string? Problem,
    string? PreviousStatus = null,
    IReadOnlyList<NamedFigure>? Figures = null,
    IReadOnlyList<string>? TableFiles = null);

/// <summary>
/// Starts the dataset of a new status follow-up: a copy of the previous one with the follow-up month set. The
/// numbers are left as they were, for the user to update from the new status report.
/// </summary>
public static class FollowUpCreator
{
    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    public static FollowUpCreation Create(string fromDirectory, string toDirectory, FollowUpMonth status)
    {
        var source = Path.GetFullPath(fromDirectory);
        var target = Path.GetFullPath(toDirectory);
        if (Directory.Exists(target) || File.Exists(target))
        {
            return new FollowUpCreation(FollowUpCreationOutcome.TargetExists, [], $"{toDirectory} already exists; choose a new folder name (nothing was changed).");
        }
        if (IsInside(target, source))
        {
            return new FollowUpCreation(FollowUpCreationOutcome.TargetInsideSource, [], $"{toDirectory} lies inside {fromDirectory}; put the new dataset beside it, not in it.");
        }
        // Starting from a dataset that does not validate would carry its errors into the new follow-up.
        var loaded = DatasetLoader.Load(fromDirectory);
        if (loaded.Dataset is null)
        {
            return new FollowUpCreation(FollowUpCreationOutcome.SourceInvalid, loaded.Diagnostics, null);
        }
        var previous = loaded.Dataset.Letter.Fields;

        // Built beside the target and renamed into place last, so an interrupted copy never looks like a dataset.
        var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Environment.ProcessId}.tmp");
        try
        {
            CopyFolder(source, temporary);
            var problem = SetStatus(temporary, status);
            if (problem is not null)
            {
                return new FollowUpCreation(FollowUpCreationOutcome.SourceInvalid, loaded.Diagnostics, problem);
            }
            Directory.Move(temporary, target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var reason = Directory.Exists(target) ? $"{toDirectory} was created meanwhile by someone else." : e.Message;
            return new FollowUpCreation(FollowUpCreationOutcome.WriteFailed, [], $"Cannot create {toDirectory}: {reason}");
        }
        finally
        {
            if (Directory.Exists(temporary))
            {
                Directory.Delete(temporary, recursive: true);
            }
        }
        return new FollowUpCreation(FollowUpCreationOutcome.Created, loaded.Diagnostics, null, previous.Status, previous.Figures, TableSources.FilesIn(target));
    }

    /// <summary>Sets the status in the copy's brev.md and reads it back, so a copy that would not say the new month is never kept.</summary>
    private static string? SetStatus(string directory, FollowUpMonth status)
    {
        var path = Path.Combine(directory, DatasetFiles.LetterText);
        var bytes = File.ReadAllBytes(path);
        var hasBom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble);
        var text = Utf8WithoutBom.GetString(hasBom ? bytes[Encoding.UTF8.Preamble.Length..] : bytes);
        var updated = StatusLine.Replace(text, status.ToString(), out var problem);
        if (updated is null)
        {
            return problem;
        }
        var diagnostics = new List<Diagnostic>();
        var reread = LetterTemplateReader.Parse(updated, DatasetFiles.LetterText, diagnostics);
        if (reread?.Fields.Status != status.ToString())
        {
            return $"Setting the status in {DatasetFiles.LetterText} did not give \"{status}\"; set the line \"{FrontMatterReader.Fields.Status}:\" by hand.";
        }
        File.WriteAllBytes(path, [.. hasBom ? Encoding.UTF8.Preamble : [], .. Utf8WithoutBom.GetBytes(updated)]);
        return null;
    }

    /// <summary>Everything the dataset holds (CSV files, workbooks, notes), except the lock files an open workbook leaves.</summary>
    private static void CopyFolder(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source).Where(file => !IsLockFile(Path.GetFileName(file))))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
        foreach (var folder in Directory.EnumerateDirectories(source))
        {
            CopyFolder(folder, Path.Combine(target, Path.GetFileName(folder)));
        }
    }

    /// <summary>Excel's "~$tabeller.xlsx" and LibreOffice's ".~lock.tabeller.xlsx#": they say who has the file open, now.</summary>
    private static bool IsLockFile(string name) =>
        name.StartsWith("~$", StringComparison.Ordinal) || name.StartsWith(".~lock.", StringComparison.Ordinal);

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
