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
        // Regions in the order the letter first prints them; that order is part of the data. One pass with a running
        // sum per region: grouping would first copy every row into a growing list per region (large arrays at 100.000 rows).
        var regionIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var sums = new List<(string Region, int Jobs, int Municipalities)>();
        var municipalityJobs = 0;
        foreach (var row in followUp.MunicipalityJobs)
        {
            if (!regionIndex.TryGetValue(row.Region, out var index))
            {
                index = sums.Count;
                regionIndex.Add(row.Region, index);
                sums.Add((row.Region, 0, 0));
            }
            var (region, jobs, municipalities) = sums[index];
            sums[index] = (region, checked(jobs + row.Jobs), municipalities + 1);
            municipalityJobs = checked(municipalityJobs + row.Jobs);
        }
        return new FollowUpTotals(
            sums.Select(sum => new RegionTotal(sum.Region, sum.Jobs, sum.Municipalities)).ToList(),
            municipalityJobs,
            followUp.InstitutionJobs.Sum(row => row.Jobs),
            followUp.InstitutionStations.Sum(row => row.Municipalities.Count));
    }
}
