using System.Globalization;
using System.Resources;

namespace BedreBalance.Dataset;

/// <summary>
/// The diagnostics' sentences, looked up in Resources/DatasetMessages.resx (English) or DatasetMessages.da.resx
/// (Danish) by the current UI culture, which the command line sets for each run from the user's language. The checks
/// say what is wrong by a key and its values; which words say it is decided here, in one place. Values are formatted
/// by our own code (DanishText.Number), never by culture, so a number reads "2.872" in both languages.
/// </summary>
internal static class DatasetText
{
    private static readonly ResourceManager Resources = new("BedreBalance.Dataset.Resources.DatasetMessages", typeof(DatasetText).Assembly);

    public static string Get(string key) =>
        Resources.GetString(key, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException($"No message named '{key}' in Resources/DatasetMessages.resx.");

    public static string Format(string key, params object?[] values) => string.Format(CultureInfo.InvariantCulture, Get(key), values);

    /// <summary>The key's One or Many form ("line"/"lines"), given the count as {0} and any further values ({1}, …).</summary>
    public static string Count(string key, int count, params object?[] more) =>
        Format(count == 1 ? key + "One" : key + "Many", [Domain.DanishText.Number(count), .. more]);

    /// <summary>"line 12" in a text file, "row 12" in a workbook: for messages that point to another row.</summary>
    public static string LineOrRow(Domain.SourceLocation at) => Format(at.Sheet is null ? "LineNumber" : "RowNumber", at.Line);

    /// <summary>The file, and the sheet in a workbook: "tabel1.csv", "tabeller.xlsx (sheet \"Tabel 1\")".</summary>
    public static string FileAndSheet(Domain.SourceLocation at) => at.Sheet is null ? at.File : Format("FileAndSheet", at.File, at.Sheet);

    /// <summary>"\"a\", \"b\" or \"c\"" in the current language.</summary>
    public static string QuotedAlternatives(IReadOnlyList<string> names) =>
        names.Count == 1 ? $"\"{names[0]}\"" : Format("Alternatives", string.Join(", ", names.Take(names.Count - 1).Select(n => $"\"{n}\"")), $"\"{names[^1]}\"");
}
