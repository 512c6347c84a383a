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
    public static string BeforeHeading => FollowUpText.Get("Before");
    public static string AfterHeading => FollowUpText.Get("After");
    public static string ChangeHeading => FollowUpText.Get("Change");
    public static string DetailsHeading => FollowUpText.Get("Details");

    public static string Title(DatasetComparison comparison) =>
        FollowUpText.Format("Title", comparison.NameBefore, comparison.StatusBefore, comparison.NameAfter, comparison.StatusAfter);

    public static string Summary(DatasetComparison comparison)
    {
        if (!comparison.HasChanges)
        {
            return FollowUpText.Get("NoChanges");
        }
        var municipalities = comparison.Municipalities;
        var parts = new List<string>();
        AddCount(parts, comparison.Regions.Count, "Regions");
        if (municipalities.Count > 0)
        {
            var appeared = municipalities.Count(m => m.Jobs.Appeared);
            var disappeared = municipalities.Count(m => m.Jobs.Disappeared);
            parts.Add(FollowUpText.Count("Municipalities", municipalities.Count, appeared, disappeared));
        }
        AddCount(parts, comparison.Institutions.Count, "Institutions");
        AddCount(parts, comparison.Stations.Count, "StationRows");
        AddCount(parts, comparison.Totals.Count, "Totals");
        AddCount(parts, comparison.Sentences.Count, "Sentences");
        return parts.Count == 0 ? FollowUpText.Get("MonthOnly") : FollowUpText.Format("Changed", string.Join(", ", parts));
    }

    /// <summary>The sections that have changes, in the order the letter presents its content.</summary>
    public static IReadOnlyList<ReportSection> Sections(DatasetComparison comparison)
    {
        var sections = new List<ReportSection>
        {
            new(FollowUpText.Get("SectionMonth"), FollowUpText.Get("ColumnField"), SectionLayout.Words,
                comparison.StatusBefore == comparison.StatusAfter
                    ? []
                    : [new ReportRow("status", comparison.StatusBefore, comparison.StatusAfter, "", "")]),
            new(FollowUpText.Get("SectionRegions"), FollowUpText.Get("ColumnRegion"), SectionLayout.Numbers,
                comparison.Regions.Select(r => NumberRow(r.Region, r.Jobs, Presence(r.Jobs))).ToList()),
            new(FollowUpText.Get("SectionMunicipalities"), FollowUpText.Get("ColumnMunicipality"), SectionLayout.Numbers,
                comparison.Municipalities.Select(m => NumberRow(m.Municipality, m.Jobs, MunicipalityDetails(m))).ToList()),
            new(FollowUpText.Get("SectionInstitutions"), FollowUpText.Get("ColumnInstitution"), SectionLayout.Numbers,
                comparison.Institutions.Select(i => NumberRow(i.Institution, i.Jobs, ListDetails(i.Jobs, i.Municipalities))).ToList()),
            new(FollowUpText.Get("SectionStations"), FollowUpText.Get("ColumnInstitution"), SectionLayout.Numbers,
                comparison.Stations.Select(s => NumberRow(s.Institution, s.Count, ListDetails(s.Count, s.Municipalities))).ToList()),
            new(FollowUpText.Get("SectionTotals"), FollowUpText.Get("ColumnTotal"), SectionLayout.Numbers,
                comparison.Totals.Select(t => NumberRow(t.Name, t.Value, Presence(t.Value))).ToList()),
            new(FollowUpText.Get("SectionText"), FollowUpText.Get("ColumnPlace"), SectionLayout.Passages,
                comparison.Sentences.Select(s => new ReportRow(s.Place, s.Before ?? "", s.After ?? "", SentenceChangeKind(s), "")).ToList()),
        };
        return sections.Where(section => section.Rows.Count > 0).ToList();
    }

    /// <summary>+100, -12, 0: the sign always shown, so a reader never mistakes a difference for a count.</summary>
    public static string Signed(int difference) => difference > 0 ? "+" + DanishText.Number(difference) : DanishText.Number(difference);

    private static ReportRow NumberRow(string item, NumberChange change, string details) =>
        new(item, Number(change.Before), Number(change.After), Signed(change.Difference), details) { Numbers = change };

    private static string Number(int? value) => value is { } number ? DanishText.Number(number) : "";

    private static string Presence(NumberChange change) => change.Appeared ? FollowUpText.Get("New") : change.Disappeared ? FollowUpText.Get("Removed") : "";

    private static string MunicipalityDetails(MunicipalityChange change) => change switch
    {
        { Jobs.Appeared: true } => FollowUpText.Format("NewIn", change.RegionAfter),
        { Jobs.Disappeared: true } => FollowUpText.Format("RemovedFrom", change.RegionBefore),
        { MovedRegion: true } => FollowUpText.Format("MovedRegion", change.RegionBefore, change.RegionAfter),
        _ => change.RegionAfter!,
    };

    private static string ListDetails(NumberChange presence, ListChange list)
    {
        if (presence.Appeared)
        {
            return FollowUpText.Format("NewList", DanishText.JoinList(list.After));
        }
        if (presence.Disappeared)
        {
            return FollowUpText.Format("RemovedList", DanishText.JoinList(list.Before));
        }
        var details = new List<string>();
        if (list.Added.Count > 0) details.Add(FollowUpText.Format("AddedItems", DanishText.JoinList(list.Added)));
        if (list.Removed.Count > 0) details.Add(FollowUpText.Format("RemovedItems", DanishText.JoinList(list.Removed)));
        if (list.Reordered) details.Add(FollowUpText.Get("Reordered"));
        return string.Join("; ", details);
    }

    private static string SentenceChangeKind(SentenceChange change) =>
        FollowUpText.Get(change.Before is null ? "SentenceAdded" : change.After is null ? "SentenceRemoved" : "SentenceChanged");

    private static void AddCount(List<string> parts, int count, string key)
    {
        if (count > 0) parts.Add(FollowUpText.Count(key, count));
    }
}
