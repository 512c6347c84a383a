using System.Globalization;
using BedreBalance.Domain;

namespace BedreBalance.Dataset;

/// <summary>What the readers say about input beyond their limits (docs/limits.md): every such sentence in one place.</summary>
internal static class ReadingMessages
{
    public static string NotAFile(FileKind kind, string path) => kind switch
    {
        FileKind.Folder => $"{path} is a folder, not a file. The dataset needs a file of this name here.",
        FileKind.NamedPipe => $"{path} is a named pipe (FIFO), not a file; only regular files are read, so save the data as a file.",
        FileKind.Device => $"{path} is a device (such as /dev/zero), not a file; only regular files are read.",
        FileKind.Socket => $"{path} is a socket, not a file; only regular files are read.",
        _ => $"{path} is not a regular file; only regular files are read.",
    };

    public static string TooLarge(int limitBytes) =>
        $"The file is larger than {Megabytes(limitBytes)}, the most a dataset file may hold (see docs/limits.md); is it the right file?";

    public static string LineTooLong(int length) =>
        $"The line is {DanishText.Number(length)} characters long; a line may hold at most {DanishText.Number(DatasetLimits.MaximumLineLength)}. Is a line break missing?";

    public static string ControlCharacter(int column, int codePoint) =>
        $"Column {column} holds the control character {CodePoint(codePoint)}{Named(codePoint)}, which cannot be printed; remove it (it often comes with text copied out of another program).";

    public static string ControlCharacterInValue(char c) =>
        $"The value holds the control character {CodePoint(c)}{Named(c)} (written as an escape such as \\x01), which cannot be printed; remove it.";

    public static string FactOnOneLine(string name) =>
        $"\"{name}\" holds a line break; the letter prints it on one line, so write it on one line.";

    public static string DuplicateFact(string name) =>
        $"\"{name}\" is given twice; give each fact once.";

    public static string MoreLikeThis(int count, string what) =>
        $"… and {DanishText.Number(count)} more {(count == 1 ? "line" : "lines")} like this ({what}).";

    public static string FieldTooLong(int column, int length) =>
        $"Column {column} holds {DanishText.Number(length)} characters; a value may hold at most {DanishText.Number(DatasetLimits.MaximumFieldLength)}. Is a delimiter or quote missing?";

    public static string TooManyRows() =>
        $"The table has more than {DanishText.Number(DatasetLimits.MaximumRows)} rows, the most a table may have; is it the right file?";

    public static string TotalTooLarge(string what) =>
        $"The {what} add up to more than {DanishText.Number(DatasetLimits.MaximumTotalJobs)} by this row; no follow-up comes near that, so check for a typing error.";

    public static string NestedTooDeeply(string what) =>
        $"The facts at the top nest {what} deeper than {DatasetLimits.MaximumNestingDepth} levels; they need three at most.";

    public static string IndentedTooFar(int spaces) =>
        $"The line is indented by {DanishText.Number(spaces)} spaces; the facts at the top are indented by at most {DatasetLimits.MaximumIndentation}.";

    public static string TooMuchEmphasis(int markers) =>
        $"The paragraph has {DanishText.Number(markers)} emphasis markers (* or _); a paragraph may have at most {DatasetLimits.MaximumEmphasisMarkers}.";

    public static string MarkdownTooDeep =>
        "The letter's text nests its markup too deeply to be read (e.g. thousands of [ or > in a row); write it as plain paragraphs.";

    private static string CodePoint(int value) => "U+" + value.ToString("X4", CultureInfo.InvariantCulture);

    private static string Named(int codePoint) => codePoint switch
    {
        0x00 => " (NUL)",
        0x0B => " (vertical tab)",
        0x0C => " (form feed)",
        0x1B => " (escape)",
        0xFFFE or 0xFFFF => " (a non-character)",
        >= 0xD800 and <= 0xDFFF => " (half of a surrogate pair)",
        _ => "",
    };

    private static string Megabytes(int bytes) => $"{DanishText.Number(bytes / (1024 * 1024))} MB";
}
