using BedreBalance.Dataset;
using BedreBalance.Domain;

namespace BedreBalance.TestSupport;

/// <summary>
/// The shipped dataset with Table 1 scaled to any number of rows, for layout robustness tests and benchmarks.
/// Rows cycle through the real rows (names suffixed with a running number so every row is distinct to a reader);
/// region groups stay contiguous, and the printed total is the computed one. Only the first copy of a row that
/// carries note markers keeps them, with the row's real name and jobs, so the notes' texts ("Randers og Kolding",
/// "8 … i hver af de to byer") stay true and the letter composes and validates at any size.
/// </summary>
public static class SyntheticDatasets
{
    public static LoadedDataset Spm346() =>
        DatasetLoader.Load(RepositoryPaths.Spm346Dataset).Dataset
        ?? throw new InvalidOperationException("The shipped dataset has errors; run `bedrebalance validate`.");

    public static LoadedDataset WithMunicipalityRows(int rows) => WithMunicipalityRows(Spm346(), rows);

    public static LoadedDataset WithMunicipalityRows(LoadedDataset dataset, int rows)
    {
        var template = dataset.FollowUp.MunicipalityJobs;
        var regions = template.Select(r => r.Region).Distinct().ToList();
        var generated = new List<MunicipalityJobs>(rows);
        var copied = new HashSet<MunicipalityJobs>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < rows; i++)
        {
            // Region by block, so each region is one contiguous group as the letter prints it.
            var region = regions[(int)((long)i * regions.Count / rows)];
            var inRegion = template.Where(r => r.Region == region).ToList();
            var source = inRegion[i % inRegion.Count];
            var keepsNotes = source.NoteMarkers.Count > 0 && copied.Add(source);
            generated.Add(source with
            {
                Municipality = keepsNotes ? source.Municipality : $"{source.Municipality} {i + 1}",
                Jobs = keepsNotes ? source.Jobs : 1 + (i * 37 % 500),
                NoteMarkers = keepsNotes ? source.NoteMarkers : [],
                Source = new SourceLocation(DatasetTable.MunicipalityJobs.FileName, i + 2),
            });
        }
        var total = new PrintedTotal(generated.Sum(r => r.Jobs), new SourceLocation(DatasetTable.MunicipalityJobs.FileName, rows + 2));
        return dataset with { FollowUp = dataset.FollowUp with { MunicipalityJobs = generated, MunicipalityJobsPrintedTotal = total } };
    }
}
