namespace BedreBalance.Domain;

public sealed record RegionTotal(string Region, int Jobs, int Municipalities);

/// <summary>Every total the letter prints or states, computed from the rows and never read from the data.</summary>
public sealed record FollowUpTotals(
    IReadOnlyList<RegionTotal> Regions,
    int MunicipalityJobs,
    int InstitutionJobs,
    int EducationStations)
{
    /// <summary>Jobs that can be tied to a municipality (Table 1) plus those followed up only in total (Table 2).</summary>
    /// <remarks>Checked: the readers keep each table's sum within a billion, so this cannot overflow from data.</remarks>
    public int AllJobs => checked(MunicipalityJobs + InstitutionJobs);

    public static FollowUpTotals Compute(StatusFollowUp followUp)
    {
        // Regions in the order the letter first prints them; that order is part of the data.
        var regions = followUp.MunicipalityJobs
            .GroupBy(row => row.Region, StringComparer.Ordinal)
            .Select(group => new RegionTotal(group.Key, group.Sum(row => row.Jobs), group.Count()))
            .ToList();
        return new FollowUpTotals(
            regions,
            followUp.MunicipalityJobs.Sum(row => row.Jobs),
            followUp.InstitutionJobs.Sum(row => row.Jobs),
            followUp.InstitutionStations.Sum(row => row.Municipalities.Count));
    }
}
