using System.Globalization;
using System.Text.RegularExpressions;

namespace BedreBalance.Dataset.Workbooks;

/// <summary>A workbook's stored values as the text a table reader takes.</summary>
internal static partial class ExcelText
{
    // ECMA-376 escapes characters XML cannot hold as _xHHHH_ (Excel writes a line break in a cell as _x000D_).
    [GeneratedRegex("_x([0-9A-Fa-f]{4})_")]
    private static partial Regex Escaped();

    public static string Unescape(string text) =>
        text.Contains("_x", StringComparison.Ordinal)
            ? Escaped().Replace(text, match => ((char)int.Parse(match.Groups[1].ValueSpan, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString())
            : text;

    /// <summary>
    /// A number as Danish Excel writes it in a CSV file in the General format: whole numbers in digits ("2872"),
    /// others with a decimal comma ("1,5"), so that the checks treat it exactly as the same table saved as CSV.
    /// </summary>
    public static string Number(double value)
    {
        if (value == Math.Floor(value) && Math.Abs(value) < 1e15)
        {
            return ((long)value).ToString(CultureInfo.InvariantCulture);
        }
        // Excel shows at most 15 significant digits; a sum such as 0.1+0.2 is shown as 0,3, not 0,30000000000000004.
        var shown = double.Parse(value.ToString("G15", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        if (shown == Math.Floor(shown) && Math.Abs(shown) < 1e15)
        {
            return ((long)shown).ToString(CultureInfo.InvariantCulture);
        }
        return shown.ToString("G15", CultureInfo.InvariantCulture).Replace('.', ',');
    }
}
