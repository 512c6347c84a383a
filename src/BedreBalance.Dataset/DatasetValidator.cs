using System.Text.RegularExpressions;
using BedreBalance.Domain;
using BedreBalance.Domain.Register;

namespace BedreBalance.Dataset;

/// <summary>
/// The checks a careful reviewer makes before the answer goes to Parliament. Anything that would make a printed
/// number, name or count wrong is an error; where the published letter deviates from an official source but must
/// be reproduced as printed, a warning.
/// </summary>
public static partial class DatasetValidator
{
    [GeneratedRegex(@"^\s*(?:Anm\.:\s*)?([0-9A-Za-z*]+)\)\s")]
    private static partial Regex NoteMarkerAtStart();

    [GeneratedRegex(@"\{\{[^{}]*\}\}")]
    private static partial Regex Placeholder();

    public static void Validate(StatusFollowUp followUp, LetterTemplate letter, MunicipalityRegister register, List<Diagnostic> diagnostics) =>
        Validate(
            new FollowUpParts(followUp.MunicipalityJobs, followUp.MunicipalityJobsPrintedTotal, followUp.InstitutionJobs,
                followUp.InstitutionJobsPrintedTotal, followUp.InstitutionStations),
            letter, register, diagnostics);

    /// <summary>
    /// Runs every check whose inputs could be read: a broken brev.md does not hide the problems of the tables, nor
    /// the other way round. Checks that compare two files run only when both were read.
    /// </summary>
    public static void Validate(FollowUpParts followUp, LetterTemplate? letter, MunicipalityRegister register, List<Diagnostic> diagnostics)
    {
        // Totals of the tables that were read; a table that could not be read counts as empty and is not checked.
        var totals = new StatusFollowUp(followUp.MunicipalityJobs ?? [], null, followUp.InstitutionJobs ?? [], null, followUp.InstitutionStations ?? []).Totals;
        // A row the reader rejected is missing from the sum; comparing the total then would only repeat that error.
        // A table is known by its file and, in a workbook, its sheet: the printed total's location says which.
        var rejectedRows = diagnostics.Where(d => d.IsError).Select(d => (d.File, d.Sheet)).ToHashSet();
        bool HasRejectedRows(PrintedTotal? total) => total is not null && rejectedRows.Contains((total.Source.File, total.Source.Sheet));
        if (followUp.MunicipalityJobs is { } municipalityJobs)
        {
            CheckMunicipalityJobs(municipalityJobs, letter?.Fields.Deviations, register, diagnostics);
            if (!HasRejectedRows(followUp.MunicipalityJobsPrintedTotal))
            {
                CheckTotal(followUp.MunicipalityJobsPrintedTotal, totals.MunicipalityJobs, diagnostics);
            }
        }
        if (followUp.InstitutionJobs is { } institutionJobs)
        {
            CheckInstitutionLists(institutionJobs.Select(row => (row.Institution, row.Municipalities, row.Source)).ToList(), register, diagnostics);
            if (!HasRejectedRows(followUp.InstitutionJobsPrintedTotal))
            {
                CheckTotal(followUp.InstitutionJobsPrintedTotal, totals.InstitutionJobs, diagnostics);
            }
        }
        if (followUp.InstitutionStations is { } stations)
        {
            CheckInstitutionLists(stations.Select(row => (row.Institution, row.Municipalities, row.Source)).ToList(), register, diagnostics);
        }
        if (letter is not null)
        {
            CheckLetterStructure(letter, diagnostics);
            if (followUp.MunicipalityJobs is { } rows)
            {
                CheckNotes(rows, letter, register, diagnostics);
            }
        }
    }

    /// <param name="deviations">The deviations brev.md records; null when brev.md could not be read, so that a
    /// recorded deviation is not reported as an error because of an unrelated problem in brev.md.</param>
    private static void CheckMunicipalityJobs(
        IReadOnlyList<MunicipalityJobs> rows,
        IReadOnlyList<AcknowledgedDeviation>? deviations,
        MunicipalityRegister register,
        List<Diagnostic> diagnostics)
    {
        if (rows.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(DatasetFiles.MunicipalityJobs), FollowUpReader.Columns.Municipality,
                "The table has no municipality rows, so Table 1 would be printed empty."));
        }
        var usedDeviations = new HashSet<AcknowledgedDeviation>();
        var seen = new Dictionary<string, MunicipalityJobs>(StringComparer.Ordinal);
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
                        $"\"{row.Region}\" appears again after other regions; keep each region's rows together, since the letter prints them under one heading."));
                }
                currentRegion = row.Region;
            }

            var region = register.FindRegion(row.Region);
            if (region is null)
            {
                diagnostics.Add(Diagnostic.Error(row.Source, FollowUpReader.Columns.Region,
                    $"\"{row.Region}\" is not a Danish region; expected one of: {string.Join(", ", register.Regions.Select(r => r.Name))}."));
            }

            var match = register.Resolve(row.Municipality);
            if (match is null)
            {
                diagnostics.Add(Diagnostic.Error(row.Source, FollowUpReader.Columns.Municipality,
                    $"\"{row.Municipality}\" is not a Danish municipality.{DidYouMean(register.Suggest(row.Municipality, officialNames: true))}"));
                continue;
            }
            var municipality = match.Municipality;
            if (match.Form == NameForm.Unofficial)
            {
                diagnostics.Add(Diagnostic.Warning(row.Source, FollowUpReader.Columns.Municipality,
                    $"\"{row.Municipality}\" is printed as the published letter printed it; the official name is \"{municipality.OfficialName}\" (code {municipality.Code})."));
            }
            else if (match.Form == NameForm.Short)
            {
                // Table 1 prints every municipality by its full name; a short name among them would be a misprint.
                diagnostics.Add(Diagnostic.Error(row.Source, FollowUpReader.Columns.Municipality,
                    $"\"{row.Municipality}\" is a short name, but Table 1 prints full names: write \"{municipality.OfficialName}\"."));
            }
            if (region is not null && municipality.Region != region && deviations is not null)
            {
                var acknowledged = deviations.FirstOrDefault(d => d.Municipality == row.Municipality && d.Region == row.Region);
                if (acknowledged is not null)
                {
                    usedDeviations.Add(acknowledged);
                    diagnostics.Add(Diagnostic.Warning(row.Source, FollowUpReader.Columns.Region,
                        $"{municipality.OfficialName} lies in {municipality.Region.Name}; it is printed under {region.Name} as in the published letter (recorded under \"afvigelser\" in {DatasetFiles.LetterText}, line {acknowledged.Source.Line})."));
                }
                else
                {
                    diagnostics.Add(Diagnostic.Error(row.Source, FollowUpReader.Columns.Region,
                        $"{municipality.OfficialName} lies in {municipality.Region.Name}, not in {region.Name}. Move the row to {municipality.Region.Name}; only if the published letter printed it there, record it under \"afvigelser\" in {DatasetFiles.LetterText}."));
                }
            }
            if (seen.TryGetValue(municipality.Code, out var first))
            {
                diagnostics.Add(Diagnostic.Error(row.Source, FollowUpReader.Columns.Municipality,
                    $"{municipality.OfficialName} is listed twice: also on {first.Source.LineOrRow}. Add the numbers up in one row."));
            }
            else
            {
                seen[municipality.Code] = row;
            }
            if (row.Jobs == 0)
            {
                diagnostics.Add(Diagnostic.Warning(row.Source, FollowUpReader.Columns.Jobs,
                    $"{row.Municipality} has 0 jobs; the letter lists only municipalities that received jobs."));
            }
        }
        foreach (var unused in (deviations ?? []).Where(d => !usedDeviations.Contains(d)))
        {
            diagnostics.Add(Diagnostic.Warning(unused.Source, LetterTemplateReader.Fields.Deviations,
                $"The recorded deviation \"{unused.Municipality}\" under \"{unused.Region}\" matches no row of {DatasetFiles.MunicipalityJobs} that deviates; remove it."));
        }
    }

    /// <summary>One table of institutions with lists (tabel2.csv or tabel3.csv): each institution once, each listed municipality known, by its short name, once.</summary>
    private static void CheckInstitutionLists(
        IReadOnlyList<(string Institution, IReadOnlyList<ListedMunicipality> Municipalities, SourceLocation Source)> rows,
        MunicipalityRegister register,
        List<Diagnostic> diagnostics)
    {
        var seenInstitutions = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var (institution, municipalities, source) in rows)
        {
            if (!seenInstitutions.TryAdd(institution, source))
            {
                diagnostics.Add(Diagnostic.Error(source, FollowUpReader.Columns.Institution,
                    $"\"{institution}\" is listed twice: also on {seenInstitutions[institution].LineOrRow}."));
            }
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var listed in municipalities)
            {
                var match = register.Resolve(listed.Name);
                if (match is null)
                {
                    diagnostics.Add(Diagnostic.Error(listed.Source, FollowUpReader.Columns.Municipalities,
                        $"\"{listed.Name}\" (listed for {institution}) is not a Danish municipality.{DidYouMean(register.Suggest(listed.Name, officialNames: false))}"));
                    continue;
                }
                if (match.Form != NameForm.Short)
                {
                    // The lists print short names ("Bornholm, Herning og Aalborg"); a full name among them would be a misprint.
                    diagnostics.Add(Diagnostic.Error(listed.Source, FollowUpReader.Columns.Municipalities,
                        $"\"{listed.Name}\" (listed for {institution}) is a full name, but the lists print short names: write \"{match.Municipality.ShortName}\"."));
                }
                if (!seen.Add(match.Municipality.Code))
                {
                    diagnostics.Add(Diagnostic.Error(listed.Source, FollowUpReader.Columns.Municipalities,
                        $"{match.Municipality.ShortName} is listed twice for {institution}."));
                }
            }
        }
    }

    private static void CheckTotal(PrintedTotal? printed, int computed, List<Diagnostic> diagnostics)
    {
        if (printed is null || printed.Value == computed)
        {
            return;
        }
        var difference = printed.Value - computed;
        diagnostics.Add(Diagnostic.Error(printed.Source, FollowUpReader.Columns.Jobs,
            $"The total row says {DanishText.Number(printed.Value)}, but the rows add up to {DanishText.Number(computed)} (the total is {DanishText.Number(Math.Abs(difference))} too {(difference > 0 ? "high" : "low")}). Correct a row or the total."));
    }

    private static void CheckLetterStructure(LetterTemplate letter, List<Diagnostic> diagnostics)
    {
        var file = new SourceLocation(DatasetFiles.LetterText);
        foreach (var name in LetterTemplateReader.TableNames)
        {
            var placed = letter.Parts.OfType<TablePart>().Where(t => t.TableName == name).ToList();
            if (placed.Count == 0)
            {
                diagnostics.Add(Diagnostic.Error(file, null, $"The letter never shows {name}: add a block \"::: {name}\" where it goes."));
            }
            foreach (var duplicate in placed.Skip(1))
            {
                diagnostics.Add(Diagnostic.Error(duplicate.Source, null, $"{name} is placed twice; the first is on line {placed[0].Source.Line}."));
            }
            var expectedColumns = name switch { "tabel1" => 2, "tabel2" => 3, _ => 2 };
            foreach (var table in placed.Where(t => t.Columns.Count != expectedColumns))
            {
                diagnostics.Add(Diagnostic.Error(table.Source, null,
                    $"{name} has {expectedColumns} columns ({ColumnsOf(name)}), but its header row names {table.Columns.Count}."));
            }
            foreach (var table in placed.Where(t => t.TotalRow is not null && name == "tabel3"))
            {
                diagnostics.Add(Diagnostic.Error(table.Source, null, "tabel3 has no total; remove the row under its header."));
            }
            foreach (var table in placed)
            {
                CheckTotalRowIsComputed(table, diagnostics);
            }
        }
        var titles = letter.Parts.OfType<HeadingPart>().Count(h => h.Level == 1);
        if (titles != 1)
        {
            diagnostics.Add(Diagnostic.Error(file, null, $"The letter must have one title (a line starting with \"# \"); it has {titles}."));
        }
        var signatures = letter.Parts.OfType<SignaturePart>().Count();
        if (signatures != 1)
        {
            diagnostics.Add(Diagnostic.Error(file, null, $"The letter must have one closing block \"::: {LetterTemplateReader.SignatureBlock}\"; it has {signatures}."));
        }
    }

    /// <summary>
    /// A total typed into the table's total row ("| I alt | 2872 |") would be printed as typed even when the rows
    /// change; only the placeholder is the computed sum.
    /// </summary>
    private static void CheckTotalRowIsComputed(TablePart table, List<Diagnostic> diagnostics)
    {
        foreach (var cell in table.TotalRow ?? [])
        {
            var typed = Placeholder().Replace(cell.PlainText, "");
            if (typed.Any(char.IsAsciiDigit))
            {
                diagnostics.Add(Diagnostic.Error(cell.Source, table.TableName,
                    $"The total row has a typed number (\"{cell.PlainText.Trim()}\"); write {{{{{table.TableName}.i-alt}}}} instead, so the printed total is the sum of the rows."));
            }
        }
    }

    private static string ColumnsOf(string table) => table switch
    {
        "tabel1" => "municipality, jobs",
        "tabel2" => "institution, jobs, municipalities",
        _ => "institution, municipalities",
    };

    /// <summary>
    /// Table 1's notes against its rows: every marker has a note, every note a row, and a note that names
    /// municipalities ("… i Randers og Kolding") names exactly the rows that carry its marker.
    /// </summary>
    private static void CheckNotes(IReadOnlyList<MunicipalityJobs> rows, LetterTemplate letter, MunicipalityRegister register, List<Diagnostic> diagnostics)
    {
        var table = letter.Parts.OfType<TablePart>().FirstOrDefault(t => t.TableName == "tabel1");
        if (table is null)
        {
            return;
        }
        var notes = new Dictionary<string, TemplateText>(StringComparer.Ordinal);
        foreach (var note in table.Notes)
        {
            var match = NoteMarkerAtStart().Match(note.PlainText);
            if (!match.Success)
            {
                continue;
            }
            var marker = match.Groups[1].Value;
            if (!notes.TryAdd(marker, note))
            {
                diagnostics.Add(Diagnostic.Error(note.Source, "tabel1",
                    $"There are two notes {marker}) under tabel1; the first is on line {notes[marker].Source.Line}. Number the notes differently."));
            }
        }
        foreach (var row in rows)
        {
            foreach (var marker in row.NoteMarkers.Where(marker => !notes.ContainsKey(marker)))
            {
                diagnostics.Add(Diagnostic.Error(row.Source, FollowUpReader.Columns.Notes,
                    $"{row.Municipality} refers to note {marker}, but tabel1 in {DatasetFiles.LetterText} has no note starting \"{marker}) \"."));
            }
        }
        foreach (var (marker, note) in notes)
        {
            var marked = rows.Where(row => row.NoteMarkers.Contains(marker)).ToList();
            if (marked.Count == 0)
            {
                diagnostics.Add(Diagnostic.Error(note.Source, "tabel1",
                    $"Note {marker}) under tabel1 is not referred to by any row of {DatasetFiles.MunicipalityJobs}: write {marker} in the column \"{FollowUpReader.Columns.Notes}\" of the rows it is about, or remove the note."));
                continue;
            }
            CheckNoteNamesItsRows(marker, note, marked, register, diagnostics);
        }
    }

    private static void CheckNoteNamesItsRows(string marker, TemplateText note, IReadOnlyList<MunicipalityJobs> marked, MunicipalityRegister register, List<Diagnostic> diagnostics)
    {
        var text = Placeholder().Replace(note.PlainText, " ");
        var named = register.NamedIn(text);
        if (named.Count == 0)
        {
            return; // A note that names no municipality (note 1) states nothing the rows could contradict.
        }
        var markedMunicipalities = marked
            .Select(row => (Row: row, Municipality: register.Resolve(row.Municipality)?.Municipality))
            .ToList();
        var notMarked = named.Where(m => markedMunicipalities.All(r => r.Municipality != m)).ToList();
        var notNamed = markedMunicipalities.Where(r => r.Municipality is null || !named.Contains(r.Municipality)).ToList();
        if (notMarked.Count == 0 && notNamed.Count == 0)
        {
            return;
        }
        var problems = new List<string>();
        if (notMarked.Count > 0)
        {
            problems.Add($"{string.Join(", ", notMarked.Select(m => m.ShortName))} {(notMarked.Count == 1 ? "has" : "have")} no marker {marker} in {DatasetFiles.MunicipalityJobs}");
        }
        if (notNamed.Count > 0)
        {
            problems.Add($"{string.Join(", ", notNamed.Select(r => $"{r.Row.Municipality} ({r.Row.Source.LineOrRow})"))} {(notNamed.Count == 1 ? "carries" : "carry")} marker {marker} but the note does not name {(notNamed.Count == 1 ? "it" : "them")}");
        }
        diagnostics.Add(Diagnostic.Error(note.Source, "tabel1",
            $"Note {marker}) names {string.Join(", ", named.Select(m => m.ShortName))}, but the rows marked {marker} are {string.Join(", ", marked.Select(r => r.Municipality))}: {string.Join("; ", problems)}."));
    }

    private static string DidYouMean(IReadOnlyList<string> suggestions) =>
        suggestions.Count == 0 ? "" : $" Did you mean {string.Join(" or ", suggestions.Select(s => $"\"{s}\""))}?";
}
