using System.Text.RegularExpressions;
using BedreBalance.Domain;
using BedreBalance.Domain.Register;

namespace BedreBalance.Dataset;

/// <summary>tabel1's notes in brev.md against the rows that carry their markers.</summary>
internal static partial class NoteChecks
{
    [GeneratedRegex(@"^\s*(?:Anm\.:\s*)?([0-9A-Za-z*]+)\)\s")]
    private static partial Regex NoteMarkerAtStart();

    /// <summary>
    /// Table 1's notes against its rows: every marker has a note, every note a row, and a note that names
    /// municipalities ("… i Randers og Kolding") names exactly the rows that carry its marker.
    /// </summary>
    public static void Check(IReadOnlyList<MunicipalityJobs> rows, LetterTemplate letter, MunicipalityRegister register, List<Diagnostic> diagnostics)
    {
        var table = letter.Parts.OfType<TablePart>().FirstOrDefault(t => t.Table == DatasetTable.MunicipalityJobs);
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
                diagnostics.Add(Diagnostic.Error(note.Source, DatasetTable.MunicipalityJobs.Name,
                    DatasetText.Format("NoteTwice", marker, DatasetTable.MunicipalityJobs.Name, DatasetText.LineOrRow(notes[marker].Source))));
            }
        }
        // Rows by marker in the same pass: a hostile letter may have as many notes as a table has rows. Plain loops:
        // nearly every row has no marker, and a query per row would allocate for each of them.
        var rowsByMarker = new Dictionary<string, List<MunicipalityJobs>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.NoteMarkers.Count == 0)
            {
                continue;
            }
            foreach (var marker in row.NoteMarkers)
            {
                if (!notes.ContainsKey(marker))
                {
                    diagnostics.Add(Diagnostic.Error(row.Source, FollowUpReader.Columns.Notes,
                        DatasetText.Format("NoteMissing", row.Municipality, marker, DatasetTable.MunicipalityJobs.Name, DatasetFiles.LetterText)));
                }
            }
            // A row counts once for a marker it carries twice (an error of its own).
            foreach (var marker in row.NoteMarkers.Count == 1 ? row.NoteMarkers : row.NoteMarkers.Distinct(StringComparer.Ordinal))
            {
                if (!rowsByMarker.TryGetValue(marker, out var withMarker))
                {
                    rowsByMarker.Add(marker, withMarker = []);
                }
                withMarker.Add(row);
            }
        }
        foreach (var (marker, note) in notes)
        {
            var marked = rowsByMarker.GetValueOrDefault(marker) ?? [];
            if (marked.Count == 0)
            {
                diagnostics.Add(Diagnostic.Error(note.Source, DatasetTable.MunicipalityJobs.Name,
                    DatasetText.Format("NoteUnused", marker, DatasetTable.MunicipalityJobs.Name, RowChecks.TableFile(rows), FollowUpReader.Columns.Notes)));
                continue;
            }
            CheckNoteNamesItsRows(marker, note, marked, register, diagnostics);
        }
    }

    private static void CheckNoteNamesItsRows(string marker, TemplateText note, IReadOnlyList<MunicipalityJobs> marked, MunicipalityRegister register, List<Diagnostic> diagnostics)
    {
        var text = LetterStructureChecks.Placeholder().Replace(note.PlainText, " ");
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
            problems.Add(DatasetText.Format(notMarked.Count == 1 ? "NoteNotMarkedOne" : "NoteNotMarkedMany",
                string.Join(", ", notMarked.Select(m => m.ShortName)), marker, RowChecks.TableFile(marked)));
        }
        if (notNamed.Count > 0)
        {
            problems.Add(DatasetText.Format(notNamed.Count == 1 ? "NoteNotNamedOne" : "NoteNotNamedMany",
                string.Join(", ", notNamed.Select(r => $"{r.Row.Municipality} ({DatasetText.LineOrRow(r.Row.Source)})")), marker));
        }
        diagnostics.Add(Diagnostic.Error(note.Source, DatasetTable.MunicipalityJobs.Name,
            DatasetText.Format("NoteNamesOtherRows", marker, string.Join(", ", named.Select(m => m.ShortName)), string.Join(", ", marked.Select(r => r.Municipality)), string.Join("; ", problems))));
    }
}
