using BedreBalance.Domain;

namespace BedreBalance.Letter.FollowUp;

public enum SectionLayout
{
    /// <summary>Numbers, one row a line, aligned right in columns.</summary>
    Numbers,
    /// <summary>Short words, one row a line, in columns.</summary>
    Words,
    /// <summary>Whole sentences before and after, too long for columns.</summary>
    Passages,
}

/// <summary>One changed item in the words the report prints: numbers in Danish form, differences signed.</summary>
public sealed record ReportRow(string Item, string Before, string After, string Change, string Details)
{
    /// <summary>The numbers behind <see cref="Before"/>, <see cref="After"/> and <see cref="Change"/>, for a report that keeps numbers as numbers.</summary>
    public NumberChange? Numbers { get; init; }
}

public sealed record ReportSection(string Title, string ItemHeading, SectionLayout Layout, IReadOnlyList<ReportRow> Rows);

/// <summary>
/// A <see cref="DatasetComparison"/> as sections of rows: the one place that words the comparison, shared by the
/// terminal, Markdown and CSV writers.
/// </summary>
public static class ComparisonReport
{
    public const string BeforeHeading = "Before";
    public const string AfterHeading = "After";
    public const string ChangeHeading = "Change";
    public const string DetailsHeading = "Details";

    public static string Title(DatasetComparison comparison) =>
        $"Changes from {comparison.NameBefore} (status {comparison.StatusBefore}) to {comparison.NameAfter} (status {comparison.StatusAfter})";

    public static string Summary(DatasetComparison comparison)
    {
        if (!comparison.HasChanges)
        {
            return "No changes: the tables, the totals and the letter's text are the same.";
        }
        var municipalities = comparison.Municipalities;
        var parts = new List<string>();
        AddCount(parts, comparison.Regions.Count, "region", "regions");
        if (municipalities.Count > 0)
        {
            var appeared = municipalities.Count(m => m.Jobs.Appeared);
            var disappeared = municipalities.Count(m => m.Jobs.Disappeared);
            parts.Add($"{Count(municipalities.Count, "municipality", "municipalities")} ({appeared} new, {disappeared} removed)");
        }
        AddCount(parts, comparison.Institutions.Count, "institution in Tabel 2", "institutions in Tabel 2");
        AddCount(parts, comparison.Stations.Count, "row in Tabel 3", "rows in Tabel 3");
        AddCount(parts, comparison.Totals.Count, "total or figure", "totals or figures");
        AddCount(parts, comparison.Sentences.Count, "sentence", "sentences");
        return parts.Count == 0 ? "Changed: the follow-up month only." : $"Changed: {string.Join(", ", parts)}.";
    }

    /// <summary>The sections that have changes, in the order the letter presents its content.</summary>
    public static IReadOnlyList<ReportSection> Sections(DatasetComparison comparison)
    {
        var sections = new List<ReportSection>
        {
            new("Follow-up month", "Field", SectionLayout.Words,
                comparison.StatusBefore == comparison.StatusAfter
                    ? []
                    : [new ReportRow("status", comparison.StatusBefore, comparison.StatusAfter, "", "")]),
            new("Regions (Tabel 1)", "Region", SectionLayout.Numbers,
                comparison.Regions.Select(r => NumberRow(r.Region, r.Jobs, Presence(r.Jobs))).ToList()),
            new("Municipalities (Tabel 1)", "Municipality", SectionLayout.Numbers,
                comparison.Municipalities.Select(m => NumberRow(m.Municipality, m.Jobs, MunicipalityDetails(m))).ToList()),
            new("Institutions (Tabel 2)", "Institution", SectionLayout.Numbers,
                comparison.Institutions.Select(i => NumberRow(i.Institution, i.Jobs, ListDetails(i.Jobs, i.Municipalities))).ToList()),
            new("Education stations (Tabel 3)", "Institution", SectionLayout.Numbers,
                comparison.Stations.Select(s => NumberRow(s.Institution, s.Count, ListDetails(s.Count, s.Municipalities))).ToList()),
            new("Totals and figures", "Total", SectionLayout.Numbers,
                comparison.Totals.Select(t => NumberRow(t.Name, t.Value, Presence(t.Value))).ToList()),
            new("Letter text (places as in the new letter)", "Place", SectionLayout.Passages,
                comparison.Sentences.Select(s => new ReportRow(s.Place, s.Before ?? "", s.After ?? "", SentenceChangeKind(s), "")).ToList()),
        };
        return sections.Where(section => section.Rows.Count > 0).ToList();
    }

    /// <summary>+100, -12, 0: the sign always shown, so a reader never mistakes a difference for a count.</summary>
    public static string Signed(int difference) => difference > 0 ? "+" + DanishText.Number(difference) : DanishText.Number(difference);

    private static ReportRow NumberRow(string item, NumberChange change, string details) =>
        new(item, Number(change.Before), Number(change.After), Signed(change.Difference), details) { Numbers = change };

    private static string Number(int? value) => value is { } number ? DanishText.Number(number) : "";

    private static string Presence(NumberChange change) => change.Appeared ? "new" : change.Disappeared ? "removed" : "";

    private static string MunicipalityDetails(MunicipalityChange change) => change switch
    {
        { Jobs.Appeared: true } => $"new, {change.RegionAfter}",
        { Jobs.Disappeared: true } => $"removed, {change.RegionBefore}",
        { MovedRegion: true } => $"moved from {change.RegionBefore} to {change.RegionAfter}",
        _ => change.RegionAfter!,
    };

    private static string ListDetails(NumberChange presence, ListChange list)
    {
        if (presence.Appeared)
        {
            return "new: " + DanishText.JoinList(list.After);
        }
        if (presence.Disappeared)
        {
            return "removed: " + DanishText.JoinList(list.Before);
        }
        var details = new List<string>();
        if (list.Added.Count > 0) details.Add("added " + DanishText.JoinList(list.Added));
        if (list.Removed.Count > 0) details.Add("removed " + DanishText.JoinList(list.Removed));
        if (list.Reordered) details.Add("same municipalities, printed in another order or spelling");
        return string.Join("; ", details);
    }

    private static string SentenceChangeKind(SentenceChange change) =>
        change.Before is null ? "added" : change.After is null ? "removed" : "changed";

    private static void AddCount(List<string> parts, int count, string one, string many)
    {
        if (count > 0) parts.Add(Count(count, one, many));
    }

    private static string Count(int count, string one, string many) => $"{count} {(count == 1 ? one : many)}";
}
