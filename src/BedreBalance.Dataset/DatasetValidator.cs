using BedreBalance.Domain;
using BedreBalance.Domain.Register;

namespace BedreBalance.Dataset;

/// <summary>
/// The checks a careful reviewer makes before the answer goes to Parliament. Anything that would make a printed
/// number, name or count wrong is an error; where the published letter deviates from an official source but must
/// be reproduced as printed, a warning. The checks come in four families: the rows of tabel1 (<see cref="RowChecks"/>),
/// the institutions' lists (<see cref="InstitutionListChecks"/>), the letter's structure (<see cref="LetterStructureChecks"/>)
/// and tabel1's notes (<see cref="NoteChecks"/>).
/// </summary>
internal static class DatasetValidator
{
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
            RowChecks.CheckMunicipalityJobs(municipalityJobs, letter?.Fields.Deviations, register, diagnostics);
            if (!HasRejectedRows(followUp.MunicipalityJobsPrintedTotal))
            {
                RowChecks.CheckTotal(followUp.MunicipalityJobsPrintedTotal, totals.MunicipalityJobs, diagnostics);
            }
        }
        if (followUp.InstitutionJobs is { } institutionJobs)
        {
            InstitutionListChecks.Check(institutionJobs.Select(row => (row.Institution, row.Municipalities, row.Source)).ToList(), register, diagnostics);
            if (!HasRejectedRows(followUp.InstitutionJobsPrintedTotal))
            {
                RowChecks.CheckTotal(followUp.InstitutionJobsPrintedTotal, totals.InstitutionJobs, diagnostics);
            }
        }
        if (followUp.InstitutionStations is { } stations)
        {
            InstitutionListChecks.Check(stations.Select(row => (row.Institution, row.Municipalities, row.Source)).ToList(), register, diagnostics);
        }
        if (letter is not null)
        {
            LetterStructureChecks.Check(letter, diagnostics);
            if (followUp.MunicipalityJobs is { } rows)
            {
                NoteChecks.Check(rows, letter, register, diagnostics);
            }
        }
    }

    /// <summary>" Did you mean …?" for a name the register does not know; empty without suggestions.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions) =>
        suggestions.Count == 0 ? "" : " " + DatasetText.Format("DidYouMean", DatasetText.QuotedAlternatives(suggestions));

    /// <summary>
    /// " Did you mean …?" for the names of one check, each name looked up once, and only for the first
    /// <see cref="MaximumNames"/> different names: a table of thousands of unknown names is reported at the
    /// same cost as a few (and only the first of them are printed).
    /// </summary>
    public sealed class Suggestions(MunicipalityRegister register, bool officialNames)
    {
        public const int MaximumNames = 200;

        private readonly Dictionary<string, string> known = new(StringComparer.Ordinal);

        public string DidYouMean(string name)
        {
            if (known.TryGetValue(name, out var said)) return said;
            if (known.Count >= MaximumNames) return "";
            return known[name] = DatasetValidator.DidYouMean(register.Suggest(name, officialNames));
        }
    }
}
