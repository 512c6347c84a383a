using System.Text;

namespace BedreBalance.Letter.FollowUp;

/// <summary>The report as an aligned table for the terminal, as Markdown, or as CSV for Excel.</summary>
public static class ComparisonWriters
{
    private const string Indent = "  ";

    public static string Text(DatasetComparison comparison)
    {
        var text = new StringBuilder();
        text.Append(ComparisonReport.Title(comparison)).Append('\n');
        text.Append(ComparisonReport.Summary(comparison)).Append('\n');
        foreach (var section in ComparisonReport.Sections(comparison))
        {
            text.Append('\n').Append(section.Title).Append('\n');
            if (section.Layout == SectionLayout.Passages)
            {
                foreach (var row in section.Rows)
                {
                    text.Append(Indent).Append(row.Item).Append(" (").Append(row.Change).Append(")\n");
                    if (row.Before.Length > 0) text.Append(Indent).Append(Indent).Append("before: ").Append(row.Before).Append('\n');
                    if (row.After.Length > 0) text.Append(Indent).Append(Indent).Append("after:  ").Append(row.After).Append('\n');
                }
                continue;
            }
            var columns = Columns(section);
            var widths = columns.Select(column => section.Rows.Select(column.Value).Append(column.Heading).Max(value => value.Length)).ToList();
            void Line(IReadOnlyList<string> cells)
            {
                var line = new StringBuilder(Indent);
                for (var i = 0; i < cells.Count; i++)
                {
                    if (i > 0) line.Append("  ");
                    line.Append(columns[i].RightAligned ? cells[i].PadLeft(widths[i]) : cells[i].PadRight(widths[i]));
                }
                text.Append(line.ToString().TrimEnd()).Append('\n');
            }
            Line(columns.Select(c => c.Heading).ToList());
            foreach (var row in section.Rows)
            {
                Line(columns.Select(c => c.Value(row)).ToList());
            }
        }
        return text.ToString();
    }

    public static string Markdown(DatasetComparison comparison)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(SafeReportText.MarkdownText(ComparisonReport.Title(comparison))).Append("\n\n");
        text.Append(SafeReportText.MarkdownText(ComparisonReport.Summary(comparison))).Append('\n');
        foreach (var section in ComparisonReport.Sections(comparison))
        {
            text.Append("\n## ").Append(SafeReportText.MarkdownText(section.Title)).Append("\n\n");
            if (section.Layout == SectionLayout.Passages)
            {
                foreach (var row in section.Rows)
                {
                    text.Append("**").Append(SafeReportText.MarkdownText(row.Item)).Append("** (").Append(SafeReportText.MarkdownText(row.Change)).Append(")\n\n");
                    if (row.Before.Length > 0) text.Append("- Before: ").Append(SafeReportText.MarkdownText(row.Before)).Append('\n');
                    if (row.After.Length > 0) text.Append("- After: ").Append(SafeReportText.MarkdownText(row.After)).Append('\n');
                    text.Append('\n');
                }
                continue;
            }
            var columns = Columns(section);
            text.Append("| ").AppendJoin(" | ", columns.Select(c => MarkdownCell(c.Heading))).Append(" |\n");
            text.Append('|').AppendJoin('|', columns.Select(c => c.RightAligned ? "---:" : ":---")).Append("|\n");
            foreach (var row in section.Rows)
            {
                text.Append("| ").AppendJoin(" | ", columns.Select(c => MarkdownCell(c.Value(row)))).Append(" |\n");
            }
        }
        return text.ToString();
    }

    /// <summary>
    /// One row a change, ';'-separated as Danish Excel reads and writes it, numbers in Danish form (which Danish
    /// Excel reads as numbers), with a byte order mark so Excel takes the file for UTF-8.
    /// </summary>
    public static string Csv(DatasetComparison comparison)
    {
        var text = new StringBuilder("\uFEFF");
        CsvLine(text, ["Section", "Item", ComparisonReport.BeforeHeading, ComparisonReport.AfterHeading, ComparisonReport.ChangeHeading, ComparisonReport.DetailsHeading]);
        foreach (var section in ComparisonReport.Sections(comparison))
        {
            foreach (var row in section.Rows)
            {
                CsvLine(text, [section.Title, row.Item, row.Before, row.After, row.Change, row.Details]);
            }
        }
        return text.ToString();
    }

    private sealed record Column(string Heading, Func<ReportRow, string> Value, bool RightAligned);

    /// <summary>The table's columns; Details only when some row has any.</summary>
    private static List<Column> Columns(ReportSection section)
    {
        var numeric = section.Layout == SectionLayout.Numbers;
        var columns = new List<Column>
        {
            new(section.ItemHeading, row => row.Item, false),
            new(ComparisonReport.BeforeHeading, row => row.Before, numeric),
            new(ComparisonReport.AfterHeading, row => row.After, numeric),
        };
        if (section.Rows.Any(row => row.Change.Length > 0)) columns.Add(new(ComparisonReport.ChangeHeading, row => row.Change, true));
        if (section.Rows.Any(row => row.Details.Length > 0)) columns.Add(new(ComparisonReport.DetailsHeading, row => row.Details, false));
        return columns;
    }

    private static string MarkdownCell(string value) => SafeReportText.MarkdownText(value, inTableCell: true);

    private static void CsvLine(StringBuilder text, IReadOnlyList<string> fields)
    {
        text.AppendJoin(';', fields.Select(SafeReportText.SpreadsheetCell).Select(field =>
            field.IndexOfAny([';', '"', '\n', '\r', '\t']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field));
        text.Append("\r\n");
    }
}
