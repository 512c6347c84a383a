namespace BedreBalance.Dataset;

/// <summary>The files a dataset folder holds. Their names are part of the dataset format (see README).</summary>
public static class DatasetFiles
{
    public const string LetterText = "brev.md";

    /// <summary>The three tables' CSV files (see <see cref="DatasetTable"/>), then brev.md.</summary>
    public static IReadOnlyList<string> All { get; } = [.. DatasetTable.All.Select(table => table.FileName), LetterText];
}
