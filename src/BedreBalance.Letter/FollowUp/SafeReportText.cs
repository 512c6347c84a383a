using System.Text;
using System.Text.RegularExpressions;

namespace BedreBalance.Letter.FollowUp;

/// <summary>
/// Text from a dataset made safe to put into a report someone opens: names and sentences come from files anyone
/// may have edited, so a spreadsheet must not run them as formulas and Markdown must not read them as markup.
/// </summary>
internal static partial class SafeReportText
{
    /// <summary>What Excel, LibreOffice and Google Sheets start a formula (or DDE command) with, as OWASP lists them.</summary>
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>What CommonMark reads as inline markup anywhere in a line: emphasis, code, links, HTML, entities, escapes.</summary>
    private static readonly char[] MarkdownInline = ['\\', '`', '*', '_', '[', ']', '<', '&', '~'];

    /// <summary>A number as the reports write it ("2.872", "+100", "-12"): a spreadsheet reads it as a number, never a formula.</summary>
    [GeneratedRegex(@"^[+-]?[0-9]{1,3}(\.[0-9]{3})*$")]
    private static partial Regex DanishNumber();

    /// <summary>
    /// A spreadsheet cell that shows <paramref name="value"/> as text: a value that starts like a formula gets a
    /// leading apostrophe, as OWASP advises for CSV injection (Excel hides it and shows the text). Signed numbers
    /// are left as they are, so the Change column stays numeric.
    /// </summary>
    public static string SpreadsheetCell(string value) =>
        value.Length > 0 && Array.IndexOf(FormulaStarts, value[0]) >= 0 && !DanishNumber().IsMatch(value) ? "'" + value : value;

    /// <summary>
    /// Text that Markdown prints as it is: markup characters are backslash-escaped (CommonMark allows that before
    /// any ASCII punctuation), line breaks become spaces so no line can start a heading or list, and in a table
    /// cell '|' is escaped too.
    /// </summary>
    public static string MarkdownText(string value, bool inTableCell = false)
    {
        var text = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (c is '\n' or '\r')
            {
                text.Append(' ');
                continue;
            }
            if (Array.IndexOf(MarkdownInline, c) >= 0 || (inTableCell && c == '|'))
            {
                text.Append('\\');
            }
            text.Append(c);
        }
        return text.ToString();
    }
}
