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

    public static void Validate(StatusFollowUp followUp, LetterTemplate letter, MunicipalityRegister register, List<Diagnostic> diagnostics)
    {
        CheckMunicipalityJobs(followUp.MunicipalityJobs, letter.Fields.Deviations, register, diagnostics);
        CheckInstitutionLists(followUp, register, diagnostics);
        CheckPrintedTotals(followUp, diagnostics);
        CheckLetterStructure(letter, diagnostics);
        CheckNoteMarkers(followUp, letter, diagnostics);
    }

    private static void CheckMunicipalityJobs(
        IReadOnlyList<MunicipalityJobs> rows,
        IReadOnlyList<AcknowledgedDeviation> deviations,
        MunicipalityRegister register,
        List<Diagnostic> diagnostics)
    {
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
                    $"\"{row.Municipality}\" is printed as the letter printed it; the official name is \"{municipality.OfficialName}\" (code {municipality.Code})."));
            }
            if (region is not null && municipality.Region != region)
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
                        $"{municipality.OfficialName} lies in {municipality.Region.Name}, not in {region.Name}. Move the row to {municipality.Region.Name}."));
                }
            }
            if (seen.TryGetValue(municipality.Code, out var first))
            {
                diagnostics.Add(Diagnostic.Error(row.Source, FollowUpReader.Columns.Municipality,
                    $"{municipality.OfficialName} is listed twice: also on line {first.Source.Line}. Add the numbers up in one row."));
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
        foreach (var unused in deviations.Where(d => !usedDeviations.Contains(d)))
        {
            diagnostics.Add(Diagnostic.Warning(unused.Source, "afvigelser",
                $"The recorded deviation \"{unused.Municipality}\" under \"{unused.Region}\" matches no row of {DatasetFiles.MunicipalityJobs} that deviates; remove it."));
        }
    }

    private static void CheckInstitutionLists(StatusFollowUp followUp, MunicipalityRegister register, List<Diagnostic> diagnostics)
    {
        var lists = followUp.InstitutionJobs.Select(row => (row.Institution, row.Municipalities, row.Source))
            .Concat(followUp.InstitutionStations.Select(row => (row.Institution, row.Municipalities, row.Source)));
        foreach (var group in new[] { followUp.InstitutionJobs.Select(r => (r.Institution, r.Source)), followUp.InstitutionStations.Select(r => (r.Institution, r.Source)) })
        {
            var seenInstitutions = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
            foreach (var (institution, source) in group)
            {
                if (!seenInstitutions.TryAdd(institution, source))
                {
                    diagnostics.Add(Diagnostic.Error(source, FollowUpReader.Columns.Institution,
                        $"\"{institution}\" is listed twice: also on line {seenInstitutions[institution].Line}."));
                }
            }
        }
        foreach (var (institution, municipalities, source) in lists)
        {
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
                if (!seen.Add(match.Municipality.Code))
                {
                    diagnostics.Add(Diagnostic.Error(listed.Source, FollowUpReader.Columns.Municipalities,
                        $"{match.Municipality.ShortName} is listed twice for {institution}."));
                }
            }
        }
    }

    private static void CheckPrintedTotals(StatusFollowUp followUp, List<Diagnostic> diagnostics)
    {
        var totals = followUp.Totals;
        CheckTotal(followUp.MunicipalityJobsPrintedTotal, totals.MunicipalityJobs, diagnostics);
        CheckTotal(followUp.InstitutionJobsPrintedTotal, totals.InstitutionJobs, diagnostics);
    }

    private static void CheckTotal(PrintedTotal? printed, int computed, List<Diagnostic> diagnostics)
    {
        if (printed is null || printed.Value == computed)
        {
            return;
        }
        var difference = printed.Value - computed;
        diagnostics.Add(Diagnostic.Error(printed.Source, FollowUpReader.Columns.Jobs,
            $"The total row says {DanishText.Number(printed.Value)}, but the rows add up to {DanishText.Number(computed)} (a difference of {(difference > 0 ? "+" : "")}{DanishText.Number(difference)}). Correct a row or the total."));
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

    private static string ColumnsOf(string table) => table switch
    {
        "tabel1" => "municipality, jobs",
        "tabel2" => "institution, jobs, municipalities",
        _ => "institution, municipalities",
    };

    private static void CheckNoteMarkers(StatusFollowUp followUp, LetterTemplate letter, List<Diagnostic> diagnostics)
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
            if (match.Success)
            {
                notes.TryAdd(match.Groups[1].Value, note);
            }
        }
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in followUp.MunicipalityJobs)
        {
            foreach (var marker in row.NoteMarkers)
            {
                used.Add(marker);
                if (!notes.ContainsKey(marker))
                {
                    diagnostics.Add(Diagnostic.Error(row.Source, FollowUpReader.Columns.Notes,
                        $"{row.Municipality} refers to note {marker}, but tabel1 in {DatasetFiles.LetterText} has no note starting \"{marker}) \"."));
                }
            }
        }
        foreach (var (marker, note) in notes)
        {
            if (!used.Contains(marker))
            {
                diagnostics.Add(Diagnostic.Warning(note.Source, null,
                    $"Note {marker}) under tabel1 is not referred to by any row of {DatasetFiles.MunicipalityJobs} (column {FollowUpReader.Columns.Notes})."));
            }
        }
    }

    private static string DidYouMean(IReadOnlyList<string> suggestions) =>
        suggestions.Count == 0 ? "" : $" Did you mean {string.Join(" or ", suggestions.Select(s => $"\"{s}\""))}?";
}
