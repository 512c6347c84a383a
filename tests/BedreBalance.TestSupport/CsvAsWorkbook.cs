using System.Security;
using System.Text;

namespace BedreBalance.TestSupport;

/// <summary>
/// A dataset's ';'-separated CSV table as a worksheet of a <see cref="RawWorkbook"/>: each CSV line on the row of
/// the same number (so "line 12" and "row 12" are the same record), whole numbers as number cells, other text as
/// inline strings. For tests that hold the workbook reader to the CSV reader's checks.
/// </summary>
public static class CsvAsWorkbook
{
    public static string SheetData(string csv)
    {
        var rows = new StringBuilder();
        var lines = csv.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            var row = i + 1;
            rows.Append($"<row r=\"{row}\">");
            var fields = lines[i].Split(';');
            for (var c = 0; c < fields.Length; c++)
            {
                var reference = ColumnName(c + 1) + row;
                var field = fields[c];
                if (field.Length == 0) continue;
                rows.Append(long.TryParse(field, out _) && field.Trim() == field
                    ? $"<c r=\"{reference}\"><v>{field}</v></c>"
                    : $"<c r=\"{reference}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{SecurityElement.Escape(field)}</t></is></c>");
            }
            rows.Append("</row>");
        }
        return rows.ToString();
    }

    private static string ColumnName(int column)
    {
        var name = "";
        for (var n = column; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }
}
