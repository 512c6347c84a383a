using BedreBalance.Dataset;
using BedreBalance.Document;
using BedreBalance.Domain;
using BedreBalance.Domain.Register;

namespace BedreBalance.Letter.FollowUp;

/// <summary>A dataset's diagnostics, kept with its folder: two datasets' "tabel1.csv:12" must not be confused.</summary>
public sealed record DatasetDiagnostics(string Directory, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>The comparison, or null when either dataset has errors; then <see cref="Datasets"/> says which and where.</summary>
public sealed record ComparisonResult(DatasetComparison? Comparison, IReadOnlyList<DatasetDiagnostics> Datasets)
{
    public bool HasErrors => Datasets.Any(d => d.HasErrors);
}

/// <summary>
/// Compares two status follow-ups: both are loaded, checked and composed into letters first, so that what is
/// compared is exactly what each would print.
/// </summary>
public static class DatasetComparer
{
    private sealed record NamedTotal(string Name, int Value);

    private sealed record PreparedDataset(string Name, LoadedDataset? Dataset, LetterDocument? Letter, DatasetDiagnostics Diagnostics);

    public static ComparisonResult Compare(string directoryBefore, string directoryAfter)
    {
        var before = Prepare(directoryBefore);
        var after = Prepare(directoryAfter);
        var diagnostics = new[] { before.Diagnostics, after.Diagnostics };
        if (before.Letter is null || after.Letter is null)
        {
            return new ComparisonResult(null, diagnostics);
        }
        return new ComparisonResult(Compare(before.Name, before.Dataset!, before.Letter, after.Name, after.Dataset!, after.Letter), diagnostics);
    }

    public static DatasetComparison Compare(
        string nameBefore, LoadedDataset before, LetterDocument letterBefore,
        string nameAfter, LoadedDataset after, LetterDocument letterAfter)
    {
        var followUpBefore = before.FollowUp;
        var followUpAfter = after.FollowUp;
        return new DatasetComparison(
            nameBefore,
            nameAfter,
            before.Letter.Fields.Status,
            after.Letter.Fields.Status,
            CompareRegions(followUpBefore.Totals, followUpAfter.Totals),
            CompareMunicipalities(followUpBefore.MunicipalityJobs, followUpAfter.MunicipalityJobs),
            CompareInstitutions(followUpBefore.InstitutionJobs, followUpAfter.InstitutionJobs),
            CompareStations(followUpBefore.InstitutionStations, followUpAfter.InstitutionStations),
            CompareTotals(before, after),
            CompareSentences(LetterSentences.Of(letterBefore), LetterSentences.Of(letterAfter)));
    }

    private static PreparedDataset Prepare(string directory)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)));
        var loaded = DatasetLoader.Load(directory);
        if (loaded.Dataset is null)
        {
            return new PreparedDataset(name, null, null, new DatasetDiagnostics(directory, loaded.Diagnostics));
        }
        var composition = LetterComposer.Compose(loaded.Dataset);
        return new PreparedDataset(name, loaded.Dataset, composition.Document,
            new DatasetDiagnostics(directory, [.. loaded.Diagnostics, .. composition.Diagnostics]));
    }

    private static List<RegionChange> CompareRegions(FollowUpTotals before, FollowUpTotals after) =>
        Pair(before.Regions, after.Regions, region => region.Region)
            .Select(pair => new RegionChange((pair.After ?? pair.Before)!.Region, new NumberChange(pair.Before?.Jobs, pair.After?.Jobs)))
            .Where(change => change.Jobs.IsChanged)
            .ToList();

    private static List<MunicipalityChange> CompareMunicipalities(IReadOnlyList<MunicipalityJobs> before, IReadOnlyList<MunicipalityJobs> after)
    {
        // Regions in the order the new letter prints them; a region only the old one had comes last.
        var regionOrder = after.Select(row => row.Region).Concat(before.Select(row => row.Region)).Distinct().ToList();
        return Pair(before, after, row => MunicipalityKey(row.Municipality))
            .Select(pair => new MunicipalityChange(
                (pair.After ?? pair.Before)!.Municipality,
                pair.Before?.Region,
                pair.After?.Region,
                new NumberChange(pair.Before?.Jobs, pair.After?.Jobs)))
            .Where(change => change.Jobs.IsChanged || change.MovedRegion)
            .OrderBy(change => regionOrder.IndexOf((change.RegionAfter ?? change.RegionBefore)!))
            .ToList();
    }

    private static List<InstitutionJobsChange> CompareInstitutions(IReadOnlyList<InstitutionJobs> before, IReadOnlyList<InstitutionJobs> after) =>
        Pair(before, after, row => row.Institution)
            .Select(pair => new InstitutionJobsChange(
                (pair.After ?? pair.Before)!.Institution,
                new NumberChange(pair.Before?.Jobs, pair.After?.Jobs),
                CompareLists(pair.Before?.Municipalities, pair.After?.Municipalities)))
            .Where(change => change.Jobs.IsChanged || change.Municipalities.IsChanged)
            .ToList();

    private static List<StationsChange> CompareStations(IReadOnlyList<InstitutionStations> before, IReadOnlyList<InstitutionStations> after) =>
        Pair(before, after, row => row.Institution)
            .Select(pair => new StationsChange(
                (pair.After ?? pair.Before)!.Institution,
                new NumberChange(pair.Before?.Municipalities.Count, pair.After?.Municipalities.Count),
                CompareLists(pair.Before?.Municipalities, pair.After?.Municipalities)))
            .Where(change => change.Count.IsChanged || change.Municipalities.IsChanged)
            .ToList();

    private static List<TotalChange> CompareTotals(LoadedDataset before, LoadedDataset after)
    {
        var totalsBefore = Totals(before);
        var totalsAfter = Totals(after);
        return Pair(totalsBefore, totalsAfter, total => total.Name)
            .Select(pair => new TotalChange((pair.After ?? pair.Before)!.Name, new NumberChange(pair.Before?.Value, pair.After?.Value)))
            .Where(change => change.Value.IsChanged)
            .ToList();
    }

    /// <summary>The totals the letter prints, then the figures named in brev.md, which the user updates by hand.</summary>
    private static List<NamedTotal> Totals(LoadedDataset dataset)
    {
        var followUp = dataset.FollowUp;
        var totals = followUp.Totals;
        return
        [
            new(FollowUpText.Get("TotalTable1Jobs"), totals.MunicipalityJobs),
            new(FollowUpText.Get("TotalTable1Municipalities"), followUp.MunicipalityJobs.Count),
            new(FollowUpText.Get("TotalTable2Jobs"), totals.InstitutionJobs),
            new(FollowUpText.Get("TotalAllJobs"), totals.AllJobs),
            new(FollowUpText.Get("TotalTable3Stations"), totals.EducationStations),
            .. dataset.Letter.Fields.Figures.Select(figure => new NamedTotal($"{{{{tal.{figure.Name}}}}}", figure.Value)),
        ];
    }

    private static List<SentenceChange> CompareSentences(IReadOnlyList<PlacedSentence> before, IReadOnlyList<PlacedSentence> after) =>
        SequenceAlignment.Align(before.Select(s => s.Text).ToList(), after.Select(s => s.Text).ToList())
            .Select(pair => (Before: pair.Before is { } b ? before[b] : null, After: pair.After is { } a ? after[a] : null))
            .Where(pair => pair.Before?.Text != pair.After?.Text)
            .Select(pair => new SentenceChange((pair.After ?? pair.Before)!.Place, pair.Before?.Text, pair.After?.Text))
            .ToList();

    private static ListChange CompareLists(IReadOnlyList<ListedMunicipality>? before, IReadOnlyList<ListedMunicipality>? after)
    {
        var namesBefore = before?.Select(m => m.Name).ToList() ?? [];
        var namesAfter = after?.Select(m => m.Name).ToList() ?? [];
        var keysBefore = namesBefore.Select(MunicipalityKey).ToHashSet(StringComparer.Ordinal);
        var keysAfter = namesAfter.Select(MunicipalityKey).ToHashSet(StringComparer.Ordinal);
        return new ListChange(
            namesBefore,
            namesAfter,
            namesAfter.Where(name => !keysBefore.Contains(MunicipalityKey(name))).ToList(),
            namesBefore.Where(name => !keysAfter.Contains(MunicipalityKey(name))).ToList());
    }

    /// <summary>"Bornholms Kommune" and "Bornholm" are one municipality: compare by register code where the name resolves.</summary>
    private static string MunicipalityKey(string name) => MunicipalityRegister.Official.Resolve(name)?.Municipality.Code ?? name.Trim();

    /// <summary>Items matched by key: the new dataset's in its order, then those only the old one has, in theirs.</summary>
    private static IEnumerable<(T? Before, T? After)> Pair<T>(IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, string> key)
        where T : class
    {
        var beforeByKey = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in before)
        {
            beforeByKey.TryAdd(key(item), item);
        }
        var afterKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in after)
        {
            afterKeys.Add(key(item));
            yield return (beforeByKey.GetValueOrDefault(key(item)), item);
        }
        foreach (var item in before.Where(item => !afterKeys.Contains(key(item))))
        {
            yield return (item, default);
        }
    }
}
