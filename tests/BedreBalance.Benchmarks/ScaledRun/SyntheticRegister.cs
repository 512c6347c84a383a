using System.Text;
using BedreBalance.Dataset;
using BedreBalance.Domain.Register;

namespace BedreBalance.Benchmarks.ScaledRun;

/// <summary>
/// The official register plus one made-up municipality per synthetic Table 1 row, so that a scaled dataset passes
/// every check of the validator (unknown names, duplicates, regions) and the check itself runs at full size.
/// Kept as a ';'-separated file beside the dataset: code;official name;short name;region name.
/// </summary>
public static class SyntheticRegister
{
    public const string FileName = "synthetic-register.csv";

    public static IEnumerable<string> Lines(LoadedDataset scaled)
    {
        var official = MunicipalityRegister.Official;
        var number = 0;
        foreach (var row in scaled.FollowUp.MunicipalityJobs)
        {
            if (official.Resolve(row.Municipality) is not null) continue;
            number++;
            yield return $"S{number:D6};{row.Municipality};{row.Municipality};{row.Region}";
        }
    }

    public static void Write(LoadedDataset scaled, string path) =>
        File.WriteAllLines(path, Lines(scaled), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    /// <summary>The official register, extended by the file if the dataset folder has one.</summary>
    public static MunicipalityRegister For(string datasetDirectory)
    {
        var path = Path.Combine(datasetDirectory, FileName);
        if (!File.Exists(path)) return MunicipalityRegister.Official;
        var official = MunicipalityRegister.Official;
        var municipalities = new List<Municipality>(official.Municipalities);
        foreach (var line in File.ReadLines(path))
        {
            var fields = line.Split(';');
            var region = official.FindRegion(fields[3])
                ?? throw new InvalidDataException($"{path}: \"{fields[3]}\" is not a region.");
            municipalities.Add(new Municipality(fields[0], fields[1], fields[2], region));
        }
        return new MunicipalityRegister(official.Regions, municipalities);
    }
}
