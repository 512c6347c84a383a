namespace BedreBalance.Letter.FollowUp;

/// <summary>A number before and after; null on the side where the item does not appear.</summary>
public sealed record NumberChange(int? Before, int? After)
{
    public int Difference => (After ?? 0) - (Before ?? 0);

    public bool Appeared => Before is null && After is not null;

    public bool Disappeared => Before is not null && After is null;

    public bool IsChanged => Before != After;
}

/// <summary>A printed list of municipalities before and after, compared by the municipality each name means.</summary>
public sealed record ListChange(IReadOnlyList<string> Before, IReadOnlyList<string> After, IReadOnlyList<string> Added, IReadOnlyList<string> Removed)
{
    /// <summary>The same municipalities, printed in another order or spelling ("Bornholm" for "Bornholms Kommune").</summary>
    public bool Reordered => Added.Count == 0 && Removed.Count == 0 && !Before.SequenceEqual(After);

    public bool IsChanged => Added.Count > 0 || Removed.Count > 0 || Reordered;
}

/// <summary>A row of Table 1. <see cref="RegionBefore"/> differs from <see cref="RegionAfter"/> when the row moved to another region.</summary>
public sealed record MunicipalityChange(string Municipality, string? RegionBefore, string? RegionAfter, NumberChange Jobs)
{
    public bool MovedRegion => RegionBefore is not null && RegionAfter is not null && RegionBefore != RegionAfter;
}

public sealed record RegionChange(string Region, NumberChange Jobs);

/// <summary>A row of Table 2: its jobs and the municipalities it lists.</summary>
public sealed record InstitutionJobsChange(string Institution, NumberChange Jobs, ListChange Municipalities);

/// <summary>A row of Table 3: the municipalities that got the institution's education stations.</summary>
public sealed record StationsChange(string Institution, NumberChange Count, ListChange Municipalities);

/// <summary>A total the letter prints or states, or a figure named under <c>tal:</c> in brev.md.</summary>
public sealed record TotalChange(string Name, NumberChange Value);

/// <summary>
/// A sentence of the composed letter whose bound text differs: the same sentence with other numbers, or one
/// only one letter has (null on the other side). <see cref="Place"/> says where it stands, e.g. "Paragraph 3".
/// </summary>
public sealed record SentenceChange(string Place, string? Before, string? After);

/// <summary>Everything that differs between two status follow-ups; each list holds only what changed.</summary>
public sealed record DatasetComparison(
    string NameBefore,
    string NameAfter,
    string StatusBefore,
    string StatusAfter,
    IReadOnlyList<RegionChange> Regions,
    IReadOnlyList<MunicipalityChange> Municipalities,
    IReadOnlyList<InstitutionJobsChange> Institutions,
    IReadOnlyList<StationsChange> Stations,
    IReadOnlyList<TotalChange> Totals,
    IReadOnlyList<SentenceChange> Sentences)
{
    public bool HasChanges =>
        StatusBefore != StatusAfter || Regions.Count + Municipalities.Count + Institutions.Count + Stations.Count + Totals.Count + Sentences.Count > 0;
}
