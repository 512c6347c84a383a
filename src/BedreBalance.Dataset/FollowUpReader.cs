using BedreBalance.Domain;

namespace BedreBalance.Dataset;

/// <summary>
/// What could be read of the three tables; a table is null when its file could not be read or its header is wrong.
/// </summary>
internal sealed record FollowUpParts(
    IReadOnlyList<MunicipalityJobs>? MunicipalityJobs,
    PrintedTotal? MunicipalityJobsPrintedTotal,
    IReadOnlyList<InstitutionJobs>? InstitutionJobs,
    PrintedTotal? InstitutionJobsPrintedTotal,
    IReadOnlyList<InstitutionStations>? InstitutionStations)
{
    /// <summary>The follow-up when all three tables were read; null otherwise.</summary>
    public StatusFollowUp? Complete =>
        MunicipalityJobs is not null && InstitutionJobs is not null && InstitutionStations is not null
            ? new StatusFollowUp(MunicipalityJobs, MunicipalityJobsPrintedTotal, InstitutionJobs, InstitutionJobsPrintedTotal, InstitutionStations)
            : null;
}

/// <summary>Reads the three tables of a dataset folder into a <see cref="StatusFollowUp"/>.</summary>
public static class FollowUpReader
{
    /// <summary>The label a total row carries in the first name column, as the letter prints it.</summary>
    public const string TotalLabel = "I alt";

    public static class Columns
    {
        public const string Region = "Region";
        public const string Municipality = "Kommune";
        public const string Jobs = "Arbejdspladser";
        public const string Notes = "Anm";
        public const string Institution = "Institution";
        public const string FullStop = "Slutpunktum";
        public const string Municipalities = "Kommuner";
    }

    /// <summary>The tables as read from their sources (CSV files or worksheets); a null table could not be read.</summary>
    internal static FollowUpParts ParseParts(TableContent? table1, TableContent? table2, TableContent? table3, List<Diagnostic> diagnostics)
    {
        var (municipalityJobs, total1) = table1 is null ? (null, null) : ReadMunicipalityJobs(table1, diagnostics);
        var (institutionJobs, total2) = table2 is null ? (null, null) : ReadInstitutionJobs(table2, diagnostics);
        var stations = table3 is null ? null : ReadInstitutionStations(table3, diagnostics);
        return new FollowUpParts(municipalityJobs, total1, institutionJobs, total2, stations);
    }

    internal static (List<MunicipalityJobs> Rows, PrintedTotal? Total) ReadMunicipalityJobs(TableContent table, List<Diagnostic> diagnostics)
    {
        var rows = new List<MunicipalityJobs>(table.Records.Count);
        PrintedTotal? total = null;
        long sum = 0;
        var totalRow = false;
        foreach (var record in table.Records)
        {
            var at = record.Location;
            if (record.Field(1) == TotalLabel)
            {
                total = ReadTotal(record, 2, total, at, diagnostics);
                totalRow = true;
                continue;
            }
            if (record.HasUnreadableCells)
            {
                continue; // its cells were reported as they were read
            }
            if (total is not null)
            {
                diagnostics.Add(Diagnostic.Error(at, Columns.Municipality,
                    DatasetText.Format("RowAfterTotal", TotalLabel, DatasetText.LineOrRow(total.Source))));
            }
            var region = FieldParsers.Required(record.Field(0), at, Columns.Region, "WhatRegion", diagnostics);
            var municipality = FieldParsers.Required(record.Field(1), at, Columns.Municipality, "WhatMunicipalityName", diagnostics);
            var jobs = FieldParsers.Jobs(record.Field(2), at, Columns.Jobs, diagnostics);
            var markers = FieldParsers.NoteMarkers(record.Field(3), at, Columns.Notes, diagnostics);
            WarnAboutExtraFields(record, 4, at, diagnostics);
            if (region is not null && municipality is not null && jobs is not null && WithinTotal(ref sum, jobs.Value, at, diagnostics))
            {
                rows.Add(new MunicipalityJobs(region, municipality, jobs.Value, markers, at));
            }
        }
        if (!totalRow)
        {
            diagnostics.Add(Diagnostic.Error(table.Source, Columns.Municipality,
                DatasetText.Format("NoTotalRow", TotalLabel, Columns.Municipality, Columns.Jobs)));
        }
        return (rows, total);
    }

    internal static (List<InstitutionJobs> Rows, PrintedTotal? Total) ReadInstitutionJobs(TableContent table, List<Diagnostic> diagnostics)
    {
        var rows = new List<InstitutionJobs>();
        PrintedTotal? total = null;
        long sum = 0;
        var totalRow = false;
        foreach (var record in table.Records)
        {
            var at = record.Location;
            if (record.Field(0) == TotalLabel)
            {
                total = ReadTotal(record, 1, total, at, diagnostics);
                totalRow = true;
                continue;
            }
            if (record.HasUnreadableCells)
            {
                continue; // its cells were reported as they were read
            }
            if (total is not null)
            {
                diagnostics.Add(Diagnostic.Error(at, Columns.Institution,
                    DatasetText.Format("RowAfterTotal", TotalLabel, DatasetText.LineOrRow(total.Source))));
            }
            var institution = FieldParsers.Required(record.Field(0), at, Columns.Institution, "WhatInstitutionName", diagnostics);
            var jobs = FieldParsers.Jobs(record.Field(1), at, Columns.Jobs, diagnostics);
            var fullStop = FieldParsers.YesNo(record.Field(2), at, Columns.FullStop, diagnostics);
            var municipalities = ReadList(record, 3, at, diagnostics);
            if (institution is not null && jobs is not null && fullStop is not null && municipalities.Count > 0 && WithinTotal(ref sum, jobs.Value, at, diagnostics))
            {
                rows.Add(new InstitutionJobs(institution, jobs.Value, municipalities, fullStop.Value, at));
            }
        }
        if (!totalRow)
        {
            diagnostics.Add(Diagnostic.Error(table.Source, Columns.Institution,
                DatasetText.Format("NoTotalRow", TotalLabel, Columns.Institution, Columns.Jobs)));
        }
        return (rows, total);
    }

    internal static List<InstitutionStations> ReadInstitutionStations(TableContent table, List<Diagnostic> diagnostics)
    {
        var rows = new List<InstitutionStations>();
        foreach (var record in table.Records.Where(record => !record.HasUnreadableCells))
        {
            var at = record.Location;
            var institution = FieldParsers.Required(record.Field(0), at, Columns.Institution, "WhatInstitutionName", diagnostics);
            var fullStop = FieldParsers.YesNo(record.Field(1), at, Columns.FullStop, diagnostics);
            var municipalities = ReadList(record, 2, at, diagnostics);
            if (institution is not null && fullStop is not null && municipalities.Count > 0)
            {
                rows.Add(new InstitutionStations(institution, municipalities, fullStop.Value, at));
            }
        }
        if (rows.Count == 0 && !diagnostics.Any(d => table.Contains(d) && d.IsError))
        {
            diagnostics.Add(Diagnostic.Error(table.Source, Columns.Institution, DatasetText.Get("NoRows")));
        }
        return rows;
    }

    private static PrintedTotal? ReadTotal(TableRecord record, int jobsColumn, PrintedTotal? earlier, SourceLocation at, List<Diagnostic> diagnostics)
    {
        if (earlier is not null)
        {
            diagnostics.Add(Diagnostic.Error(at, null, DatasetText.Format("SecondTotalRow", TotalLabel, DatasetText.LineOrRow(earlier.Source))));
            return earlier;
        }
        if (record.HasUnreadableCells)
        {
            return null; // the total's cell was reported as it was read (a formula never calculated, say)
        }
        var value = FieldParsers.TotalJobs(record.Field(jobsColumn), at, Columns.Jobs, diagnostics);
        return value is null ? null : new PrintedTotal(value.Value, at);
    }

    /// <summary>
    /// Keeps a table's sum within <see cref="DatasetLimits.MaximumTotalJobs"/>, so that every total computed from the
    /// rows fits in 32 bits; the row that would pass it is refused (once: the rows after it are not summed either).
    /// </summary>
    private static bool WithinTotal(ref long sum, int jobs, SourceLocation at, List<Diagnostic> diagnostics)
    {
        if (sum < 0)
        {
            return false;
        }
        if (sum + jobs > DatasetLimits.MaximumTotalJobs)
        {
            diagnostics.Add(Diagnostic.Error(at, Columns.Jobs, ReadingMessages.TotalJobsTooLarge()));
            sum = -1;
            return false;
        }
        sum += jobs;
        return true;
    }

    /// <summary>The list of municipalities: the named column and every column after it, one name a cell.</summary>
    private static List<ListedMunicipality> ReadList(TableRecord record, int firstColumn, SourceLocation at, List<Diagnostic> diagnostics)
    {
        var names = new List<ListedMunicipality>();
        for (var i = firstColumn; i < record.Fields.Count; i++)
        {
            var name = record.Field(i);
            if (name.Length > 0)
            {
                names.Add(new ListedMunicipality(name, record.At(i)));
            }
        }
        if (names.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error(at, Columns.Municipalities,
                DatasetText.Format("NoMunicipalitiesListed", Columns.Municipalities)));
        }
        return names;
    }

    private static void WarnAboutExtraFields(TableRecord record, int expected, SourceLocation at, List<Diagnostic> diagnostics)
    {
        // Asked of every row: the common case, no filled field past the expected ones, costs a loop and no allocation.
        var anyExtra = false;
        for (var i = expected; i < record.Fields.Count && !anyExtra; i++)
        {
            anyExtra = !string.IsNullOrWhiteSpace(record.Fields[i]);
        }
        if (!anyExtra)
        {
            return;
        }
        var extra = record.Fields.Skip(expected).Where(f => !string.IsNullOrWhiteSpace(f)).ToList();
        if (extra.Count > 0)
        {
            var column = expected + record.Fields.Skip(expected).TakeWhile(string.IsNullOrWhiteSpace).Count();
            diagnostics.Add(Diagnostic.Error(record.At(column), null,
                DatasetText.Format("TooManyColumns", record.Fields.Count, expected, extra[0].Trim())));
        }
    }
}
