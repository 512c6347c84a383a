using BedreBalance.Benchmarks.ScaledRun;
using BedreBalance.Dataset;
using BedreBalance.Domain.Register;
using BedreBalance.TestSupport;

namespace BedreBalance.Benchmarks;

/// <summary>
/// The datasets every pipeline benchmark runs on: the shipped letter and Table 1 scaled to 1k, 10k and 100k rows.
/// A scaled dataset is also written to a temporary folder, with a register that knows its synthetic
/// municipalities, so that loading and validating it from disk can be measured at full size.
/// </summary>
public static class BenchmarkDatasets
{
    public const string Shipped = "spm-346";

    public static IEnumerable<string> Sizes => [Shipped, "1k", "10k", "100k"];

    public static int Rows(string size) => size switch
    {
        "1k" => 1_000,
        "10k" => 10_000,
        // One row short of 100.000: with its total row, a table of 100.000 rows is one record more than
        // DatasetLimits.MaximumRows lets the loader read, and LoadAndValidate would time the refusal.
        "100k" => 99_999,
        _ => throw new ArgumentOutOfRangeException(nameof(size), size, "Unknown dataset size."),
    };

    /// <summary>The dataset in memory, as the composer and the renderers see it.</summary>
    public static LoadedDataset InMemory(string size) =>
        size == Shipped ? SyntheticDatasets.Spm346() : SyntheticDatasets.WithMunicipalityRows(Rows(size));

    /// <summary>A dataset folder on disk and the register it validates against; delete the folder when done.</summary>
    public static (string Directory, MunicipalityRegister Register) OnDisk(string size)
    {
        if (size == Shipped) return (RepositoryPaths.Spm346Dataset, MunicipalityRegister.Official);
        var directory = Path.Combine(Path.GetTempPath(), $"bedrebalance-bench-{size}-{Environment.ProcessId}");
        ScaledDatasetFolder.Write(RepositoryPaths.Spm346Dataset, Rows(size), directory);
        return (directory, SyntheticRegister.For(directory));
    }

    public static void Remove(string directory)
    {
        if (directory != RepositoryPaths.Spm346Dataset && Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
    }
}
