namespace BedreBalance.Dataset;

/// <summary>
/// One of the dataset's three tables: the name brev.md and its placeholders use ("tabel1"), its CSV file and that
/// file's columns, and the columns the letter prints. The only place that lists the tables; there are exactly three
/// instances, so <see cref="Select{T}"/> is exhaustive.
/// </summary>
public sealed class DatasetTable
{
    /// <summary>tabel1: jobs per municipality, grouped by region, with a total row and notes.</summary>
    public static DatasetTable MunicipalityJobs { get; } = new(
        "tabel1",
        [FollowUpReader.Columns.Region, FollowUpReader.Columns.Municipality, FollowUpReader.Columns.Jobs, FollowUpReader.Columns.Notes],
        ["municipality", "jobs"],
        hasTotal: true);

    /// <summary>tabel2: jobs per institution with the municipalities they went to, with a total row.</summary>
    public static DatasetTable InstitutionJobs { get; } = new(
        "tabel2",
        [FollowUpReader.Columns.Institution, FollowUpReader.Columns.Jobs, FollowUpReader.Columns.FullStop, FollowUpReader.Columns.Municipalities],
        ["institution", "jobs", "municipalities"],
        hasTotal: true);

    /// <summary>tabel3: education institutions and the municipalities of their new stations; no total.</summary>
    public static DatasetTable InstitutionStations { get; } = new(
        "tabel3",
        [FollowUpReader.Columns.Institution, FollowUpReader.Columns.FullStop, FollowUpReader.Columns.Municipalities],
        ["institution", "municipalities"],
        hasTotal: false);

    public static IReadOnlyList<DatasetTable> All { get; } = [MunicipalityJobs, InstitutionJobs, InstitutionStations];

    private DatasetTable(string name, IReadOnlyList<string> fileColumns, IReadOnlyList<string> printedColumns, bool hasTotal)
    {
        Name = name;
        FileColumns = fileColumns;
        PrintedColumns = printedColumns;
        HasTotal = hasTotal;
    }

    /// <summary>The name brev.md uses for the table's block (<c>::: tabel1</c>) and placeholders (<c>{{tabel1.i-alt}}</c>).</summary>
    public string Name { get; }

    /// <summary>The CSV file in the dataset folder; its name is part of the dataset format.</summary>
    public string FileName => Name + ".csv";

    /// <summary>The CSV file's header, in order.</summary>
    public IReadOnlyList<string> FileColumns { get; }

    /// <summary>What the letter's columns show, in order, as messages name them; their count is the table's width in the letter.</summary>
    public IReadOnlyList<string> PrintedColumns { get; }

    /// <summary>Whether the table ends with a total row ("I alt").</summary>
    public bool HasTotal { get; }

    public static DatasetTable? Find(string name) => All.FirstOrDefault(table => table.Name == name);

    /// <summary>The value given for this table; one argument per table, so adding a table breaks every caller until it handles it.</summary>
    public T Select<T>(T municipalityJobs, T institutionJobs, T institutionStations) =>
        ReferenceEquals(this, MunicipalityJobs) ? municipalityJobs
        : ReferenceEquals(this, InstitutionJobs) ? institutionJobs
        : institutionStations;

    public override string ToString() => Name;
}
