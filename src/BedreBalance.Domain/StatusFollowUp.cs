namespace BedreBalance.Domain;

/// <summary>A row of Table 1: jobs moved to one municipality, under the region the letter prints it in.</summary>
public sealed record MunicipalityJobs(
    string Region,
    string Municipality,
    int Jobs,
    IReadOnlyList<string> NoteMarkers,
    SourceLocation Source);

/// <summary>A municipality named in a list (Tables 2 and 3), with where it was written.</summary>
public sealed record ListedMunicipality(string Name, SourceLocation Source);

/// <summary>A row of Table 2: an institution whose jobs are followed up only as one number across several municipalities.</summary>
public sealed record InstitutionJobs(
    string Institution,
    int Jobs,
    IReadOnlyList<ListedMunicipality> Municipalities,
    bool EndsWithFullStop,
    SourceLocation Source);

/// <summary>A row of Table 3: an institution and the municipalities that got its education stations.</summary>
public sealed record InstitutionStations(
    string Institution,
    IReadOnlyList<ListedMunicipality> Municipalities,
    bool EndsWithFullStop,
    SourceLocation Source);

/// <summary>A total as the published letter printed it, kept so it can be checked against the computed sum.</summary>
public sealed record PrintedTotal(int Value, SourceLocation Source);

/// <summary>
/// One status follow-up of Bedre Balance: the three tables of the answer, in the order the letter prints them.
/// </summary>
public sealed record StatusFollowUp(
    IReadOnlyList<MunicipalityJobs> MunicipalityJobs,
    PrintedTotal? MunicipalityJobsPrintedTotal,
    IReadOnlyList<InstitutionJobs> InstitutionJobs,
    PrintedTotal? InstitutionJobsPrintedTotal,
    IReadOnlyList<InstitutionStations> InstitutionStations)
{
    /// <summary>Computed on every call (not cached: a copy made with <c>with</c> must not keep the old sums).</summary>
    public FollowUpTotals Totals => FollowUpTotals.Compute(this);
}
