using BedreBalance.Domain;
using BedreBalance.Domain.Register;

namespace BedreBalance.Dataset;

/// <summary>The rows of tabel1 against the register, and a table's printed total against its rows.</summary>
internal static class RowChecks
{
    /// <summary>Where Table 1 was read from, for messages: its CSV file or its workbook and sheet.</summary>
    internal static string TableFile(IReadOnlyList<MunicipalityJobs> rows) =>
        rows.Count > 0 ? DatasetText.FileAndSheet(rows[0].Source) : DatasetTable.MunicipalityJobs.FileName;

    /// <param name="deviations">The deviations brev.md records; null when brev.md could not be read, so that a
    /// recorded deviation is not reported as an error because of an unrelated problem in brev.md.</param>
    public static void CheckMunicipalityJobs(
        IReadOnlyList<MunicipalityJobs> rows,
        IReadOnlyList<AcknowledgedDeviation>? deviations,
        MunicipalityRegister register,
        List<Diagnostic> diagnostics)
    {
        if (rows.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(DatasetTable.MunicipalityJobs.FileName), FollowUpReader.Columns.Municipality,
                DatasetText.Get("NoMunicipalityRows")));
        }
        var usedDeviations = new HashSet<AcknowledgedDeviation>();
        var suggestions = new DatasetValidator.Suggestions(register, officialNames: true);
        // Looked up, not searched: both lists may be long in a hostile dataset.
        var deviationsByRow = (deviations ?? [])
            .GroupBy(d => (d.Municipality, d.Region))
            .ToDictionary(group => group.Key, group => group.First());
        // Sized once: grown row by row, a large table's dictionary would be copied many times on the large-object heap.
        var seen = new Dictionary<string, MunicipalityJobs>(rows.Count, StringComparer.Ordinal);
        var closedRegions = new HashSet<string>(StringComparer.Ordinal);
        string? currentRegion = null;
        foreach (var row in rows)
        {
            // The letter prints one group per region, so a region's rows must stand together.
            if (row.Region != currentRegion)
            {
                if (currentRegion is not null) closedRegions.Add(currentRegion);
                if (closedRegions.Contains(row.Region))
                {
                    diagnostics.Add(Diagnostic.Error(row.Source, FollowUpReader.Columns.Region,
                        DatasetText.Format("RegionAgain", row.Region)));
                }
                currentRegion = row.Region;
            }

            var region = register.FindRegion(row.Region);
            if (region is null)
            {
                diagnostics.Add(Diagnostic.Error(row.Source, FollowUpReader.Columns.Region,
                    DatasetText.Format("NotARegion", row.Region, string.Join(", ", register.Regions.Select(r => r.Name)))));
            }

            var match = register.Resolve(row.Municipality);
            if (match is null)
            {
                diagnostics.Add(Diagnostic.Error(row.Source, FollowUpReader.Columns.Municipality,
                    DatasetText.Format("NotAMunicipality", row.Municipality) + suggestions.DidYouMean(row.Municipality)));
                continue;
            }
            var municipality = match.Municipality;
            if (match.Form == NameForm.Unofficial)
            {
                diagnostics.Add(Diagnostic.Warning(row.Source, FollowUpReader.Columns.Municipality,
                    DatasetText.Format("UnofficialName", row.Municipality, municipality.OfficialName, municipality.Code)));
            }
            else if (match.Form == NameForm.Short)
            {
                // Table 1 prints every municipality by its full name; a short name among them would be a misprint.
                diagnostics.Add(Diagnostic.Error(row.Source, FollowUpReader.Columns.Municipality,
                    DatasetText.Format("ShortName", row.Municipality, municipality.OfficialName)));
            }
            if (region is not null && municipality.Region != region && deviations is not null)
            {
                var acknowledged = deviationsByRow.GetValueOrDefault((row.Municipality, row.Region));
                if (acknowledged is not null)
                {
                    usedDeviations.Add(acknowledged);
                    diagnostics.Add(Diagnostic.Warning(row.Source, FollowUpReader.Columns.Region,
                        DatasetText.Format("AcknowledgedDeviation", municipality.OfficialName, municipality.Region.Name, region.Name, DatasetFiles.LetterText, acknowledged.Source.Line)));
                }
                else
                {
                    diagnostics.Add(Diagnostic.Error(row.Source, FollowUpReader.Columns.Region,
                        DatasetText.Format("WrongRegion", municipality.OfficialName, municipality.Region.Name, region.Name, DatasetFiles.LetterText)));
                }
            }
            if (seen.TryGetValue(municipality.Code, out var first))
            {
                diagnostics.Add(Diagnostic.Error(row.Source, FollowUpReader.Columns.Municipality,
                    DatasetText.Format("MunicipalityTwice", municipality.OfficialName, DatasetText.LineOrRow(first.Source))));
            }
            else
            {
                seen[municipality.Code] = row;
            }
            if (row.Jobs == 0)
            {
                diagnostics.Add(Diagnostic.Warning(row.Source, FollowUpReader.Columns.Jobs,
                    DatasetText.Format("ZeroJobs", row.Municipality)));
            }
        }
        foreach (var unused in (deviations ?? []).Where(d => !usedDeviations.Contains(d)))
        {
            diagnostics.Add(Diagnostic.Warning(unused.Source, FrontMatterReader.Fields.Deviations,
                DatasetText.Format("UnusedDeviation", unused.Municipality, unused.Region, TableFile(rows))));
        }
    }

    public static void CheckTotal(PrintedTotal? printed, int computed, List<Diagnostic> diagnostics)
    {
        if (printed is null || printed.Value == computed)
        {
            return;
        }
        var difference = printed.Value - computed;
        diagnostics.Add(Diagnostic.Error(printed.Source, FollowUpReader.Columns.Jobs,
            DatasetText.Format(difference > 0 ? "TotalTooHigh" : "TotalTooLow", DanishText.Number(printed.Value), DanishText.Number(computed), DanishText.Number(Math.Abs(difference)))));
    }
}
