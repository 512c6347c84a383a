namespace BedreBalance.Dataset;

/// <summary>The files a dataset folder holds. Their names are part of the dataset format (see README).</summary>
public static class DatasetFiles
{
    public const string MunicipalityJobs = "tabel1.csv";
    public const string InstitutionJobs = "tabel2.csv";
    public const string InstitutionStations = "tabel3.csv";
    public const string LetterText = "brev.md";

    public static IReadOnlyList<string> All { get; } = [MunicipalityJobs, InstitutionJobs, InstitutionStations, LetterText];
}
