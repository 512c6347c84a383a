using System.Globalization;
using BedreBalance.Domain;

namespace BedreBalance.Dataset;

/// <summary>
/// What the readers say about input beyond their limits (docs/limits.md), by name; the words are in
/// Resources/DatasetMessages(.da).resx.
/// </summary>
internal static class ReadingMessages
{
    /// <summary>What a count of left-out lines is about ("values too long"), by its key in DatasetMessages.resx.</summary>
    public enum Kind
    {
        ValuesTooLong,
        ControlCharacters,
        LinesTooLong,
    }

    public static string NotAFile(FileKind kind, string path) => kind switch
    {
        FileKind.Folder => DatasetText.Format("NotAFileFolder", path),
        FileKind.NamedPipe => DatasetText.Format("NotAFileNamedPipe", path),
        FileKind.Device => DatasetText.Format("NotAFileDevice", path),
        FileKind.Socket => DatasetText.Format("NotAFileSocket", path),
        _ => DatasetText.Format("NotAFileOther", path),
    };

    public static string TooLarge(int limitBytes) => DatasetText.Format(nameof(TooLarge), DanishText.Number(limitBytes / (1024 * 1024)));

    public static string LineTooLong(int length) =>
        DatasetText.Format(nameof(LineTooLong), DanishText.Number(length), DanishText.Number(DatasetLimits.MaximumLineLength));

    public static string ControlCharacter(int column, int codePoint) =>
        DatasetText.Format(nameof(ControlCharacter), column, CodePoint(codePoint), Named(codePoint));

    public static string ControlCharacterInValue(char c) => DatasetText.Format(nameof(ControlCharacterInValue), CodePoint(c), Named(c));

    public static string FactOnOneLine(string name) => DatasetText.Format(nameof(FactOnOneLine), name);

    public static string DuplicateFact(string name) => DatasetText.Format(nameof(DuplicateFact), name);

    public static string MoreLikeThis(int count, Kind what) => DatasetText.Count("MoreLinesLikeThis", count, What(what));

    private static string What(Kind kind)
    {
        var key = "What" + kind;
        return DatasetText.Get(key);
    }

    public static string FieldTooLong(int column, int length) =>
        DatasetText.Format(nameof(FieldTooLong), column, DanishText.Number(length), DanishText.Number(DatasetLimits.MaximumFieldLength));

    public static string TooManyRows() => DatasetText.Format(nameof(TooManyRows), DanishText.Number(DatasetLimits.MaximumRows));

    public static string TotalJobsTooLarge() => DatasetText.Format(nameof(TotalJobsTooLarge), DanishText.Number(DatasetLimits.MaximumTotalJobs));

    /// <param name="items">"- " items nest too deeply; otherwise brackets.</param>
    public static string NestedTooDeeply(bool items) =>
        DatasetText.Format(nameof(NestedTooDeeply), DatasetText.Get(items ? "NestingItems" : "NestingBrackets"), DatasetLimits.MaximumNestingDepth);

    public static string IndentedTooFar(int spaces) =>
        DatasetText.Format(nameof(IndentedTooFar), DanishText.Number(spaces), DatasetLimits.MaximumIndentation);

    public static string TooMuchEmphasis(int markers) =>
        DatasetText.Format(nameof(TooMuchEmphasis), DanishText.Number(markers), DatasetLimits.MaximumEmphasisMarkers);

    public static string MarkdownTooDeep => DatasetText.Get(nameof(MarkdownTooDeep));

    private static string CodePoint(int value) => "U+" + value.ToString("X4", CultureInfo.InvariantCulture);

    private static string Named(int codePoint) => codePoint switch
    {
        0x00 => DatasetText.Get("CharacterNul"),
        0x0B => DatasetText.Get("CharacterVerticalTab"),
        0x0C => DatasetText.Get("CharacterFormFeed"),
        0x1B => DatasetText.Get("CharacterEscape"),
        0xFFFE or 0xFFFF => DatasetText.Get("CharacterNonCharacter"),
        >= 0xD800 and <= 0xDFFF => DatasetText.Get("CharacterHalfSurrogate"),
        _ => "",
    };
}
