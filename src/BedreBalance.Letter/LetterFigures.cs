using BedreBalance.Dataset;
using BedreBalance.Domain;

namespace BedreBalance.Letter;

/// <summary>A value the letter's text can name as {{name}}: its printed form and, for counts, the number.</summary>
internal sealed record BoundValue(string Name, string Text, int? Number);

/// <summary>
/// Every value the letter's text may bind, computed from the dataset: totals, counts, the follow-up month,
/// the named figures. The prose gets its numbers only from here, so it cannot disagree with the tables.
/// </summary>
internal sealed class LetterFigures
{
    private readonly Dictionary<string, BoundValue> values = new(StringComparer.Ordinal);

    public LetterFigures(StatusFollowUp followUp, LetterFields fields, List<Diagnostic> diagnostics)
    {
        var totals = followUp.Totals;
        // The front matter's facts by their own names: the question's date, the follow-up month, the minister.
        Add(new BoundValue("dato", DanishText.Date(fields.Date), null));
        Add(new BoundValue("status", fields.Status, null));
        Add(new BoundValue("minister", fields.Minister, null));
        Add(new BoundValue("ministertitel", fields.MinisterTitle, null));
        var (table1, table2, table3) = (DatasetTable.MunicipalityJobs, DatasetTable.InstitutionJobs, DatasetTable.InstitutionStations);
        AddNumber($"{table1.Name}.i-alt", totals.MunicipalityJobs); // the sum of tabel1's jobs
        AddNumber($"{table2.Name}.i-alt", totals.InstitutionJobs); // the sum of tabel2's jobs
        AddNumber("arbejdspladser-i-alt", totals.AllJobs); // tabel1.i-alt + tabel2.i-alt
        AddNumber($"{table3.Name}.antal", totals.EducationStations); // the municipalities tabel3 lists
        AddNoteFigures(followUp, diagnostics);
        foreach (var figure in fields.Figures)
        {
            AddNumber("tal." + figure.Name, figure.Value);
        }
    }

    public IEnumerable<BoundValue> All => values.Values.OrderBy(v => v.Name, StringComparer.Ordinal);

    public BoundValue? Find(string name) => values.GetValueOrDefault(name);

    public IReadOnlyList<string> Names => values.Keys.Order(StringComparer.Ordinal).ToList();

    private void Add(BoundValue value) => values[value.Name] = value;

    private void AddNumber(string name, int value) => Add(new BoundValue(name, DanishText.Number(value), value));

    /// <summary>
    /// A note may state how many rows carry it and their jobs (note 2: "16 arbejdspladser … 8 … i hver af de to byer"):
    /// tabel1.anm2.i-alt, tabel1.anm2.antal and, when every row has the same number, tabel1.anm2.hver.
    /// </summary>
    private void AddNoteFigures(StatusFollowUp followUp, List<Diagnostic> diagnostics)
    {
        // One pass over the rows, whatever the number of markers; markers in the order they first appear. A plain loop:
        // nearly every row has no marker, and a query per row would allocate for each of them.
        var rowsByMarker = new Dictionary<string, List<MunicipalityJobs>>(StringComparer.Ordinal);
        var markers = new List<string>();
        foreach (var row in followUp.MunicipalityJobs)
        {
            if (row.NoteMarkers.Count == 0)
            {
                continue;
            }
            foreach (var marker in row.NoteMarkers.Count == 1 ? row.NoteMarkers : row.NoteMarkers.Distinct(StringComparer.Ordinal))
            {
                if (!rowsByMarker.TryGetValue(marker, out var withMarker))
                {
                    rowsByMarker.Add(marker, withMarker = []);
                    markers.Add(marker);
                }
                withMarker.Add(row);
            }
        }
        foreach (var marker in markers)
        {
            var rows = rowsByMarker[marker];
            var prefix = $"{DatasetTable.MunicipalityJobs.Name}.anm{marker}.";
            AddNumber(prefix + "i-alt", rows.Sum(row => row.Jobs)); // the jobs of the rows with the note
            AddNumber(prefix + "antal", rows.Count); // how many rows carry it
            if (rows.Select(row => row.Jobs).Distinct().Count() == 1)
            {
                AddNumber(prefix + "hver", rows[0].Jobs); // the jobs of each of them
            }
            else
            {
                unequalNotes[prefix + "hver"] = string.Join(", ", rows.Select(row =>
                    $"{row.Municipality} {DanishText.Number(row.Jobs)} ({LetterText.LineOrRow(row.Source)})"));
            }
        }
    }

    private readonly Dictionary<string, string> unequalNotes = new(StringComparer.Ordinal);

    /// <summary>Why a name that looks right has no value, for the diagnostic; null if there is no special reason.</summary>
    public string? WhyMissing(string name) =>
        unequalNotes.TryGetValue(name, out var rows)
            ? LetterText.Format("NoteRowsDiffer", rows)
            : null;
}
