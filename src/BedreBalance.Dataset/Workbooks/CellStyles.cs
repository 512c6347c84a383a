using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;

namespace BedreBalance.Dataset.Workbooks;

/// <summary>
/// Which cell styles show a number as a date. Excel stores a date as a number of days; only the cell's number
/// format says it is one: a built-in date format or a format code with day, month or year in it.
/// </summary>
internal sealed partial class CellStyles
{
    private readonly bool[] dateStyles;
    private readonly bool date1904;

    private CellStyles(bool[] dateStyles, bool date1904)
    {
        this.dateStyles = dateStyles;
        this.date1904 = date1904;
    }

    // Built-in formats (ECMA-376 Part 1, 18.8.30) that show dates and times, including the East Asian ones.
    private static readonly HashSet<uint> BuiltInDateFormats = [14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58];

    // Quoted text, escaped characters and [colour]/[condition] sections say nothing about dates.
    [GeneratedRegex("\"[^\"]*\"|\\\\.|\\[[^\\]]*\\]")]
    private static partial Regex NotDateTokens();

    public static CellStyles Of(WorkbookPart workbookPart, bool date1904)
    {
        var stylesheet = workbookPart.WorkbookStylesPart?.Stylesheet;
        var customDateFormats = (stylesheet?.NumberingFormats?.Elements<DocumentFormat.OpenXml.Spreadsheet.NumberingFormat>() ?? [])
            .Where(format => format.NumberFormatId?.Value is not null && IsDateCode(format.FormatCode?.Value ?? ""))
            .Select(format => format.NumberFormatId!.Value)
            .ToHashSet();
        var dateStyles = (stylesheet?.CellFormats?.Elements<DocumentFormat.OpenXml.Spreadsheet.CellFormat>() ?? [])
            .Select(format => format.NumberFormatId?.Value is { } id && (BuiltInDateFormats.Contains(id) || customDateFormats.Contains(id)))
            .ToArray();
        return new CellStyles(dateStyles, date1904);
    }

    public bool IsDate(uint styleIndex) => styleIndex < dateStyles.Length && dateStyles[styleIndex];

    /// <summary>The date as Danes write it, e.g. "1.2.2019", for the message that names it.</summary>
    public string DateText(double serial)
    {
        try
        {
            var date = date1904 ? new DateTime(1904, 1, 1).AddDays(serial) : DateTime.FromOADate(serial);
            return date.ToString("d.M.yyyy", CultureInfo.InvariantCulture);
        }
        catch (ArgumentException)
        {
            return serial.ToString(CultureInfo.InvariantCulture);
        }
    }

    private static bool IsDateCode(string code)
    {
        var bare = NotDateTokens().Replace(code, "");
        return bare.IndexOfAny(['d', 'D', 'm', 'M', 'y', 'Y', 'h', 'H', 's', 'S']) >= 0
            && !bare.Equals("General", StringComparison.OrdinalIgnoreCase);
    }
}
