using System.Text;
using BedreBalance.Dataset;
using BedreBalance.Domain;
using BedreBalance.TestSupport;

namespace BedreBalance.Benchmarks.ScaledRun;

/// <summary>Writes a dataset folder whose Table 1 is the shipped one scaled to any number of rows.</summary>
public static class ScaledDatasetFolder
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Copies <paramref name="sourceDirectory"/> to <paramref name="targetDirectory"/> with Table 1 scaled to <paramref name="rows"/> rows.</summary>
    public static void Write(string sourceDirectory, int rows, string targetDirectory)
    {
        var source = DatasetLoader.Load(sourceDirectory);
        if (source.Dataset is null)
        {
            throw new InvalidDataException($"{sourceDirectory} has errors; run `bedrebalance validate {sourceDirectory}`.");
        }
        var scaled = SyntheticDatasets.WithMunicipalityRows(source.Dataset, rows);
        Directory.CreateDirectory(targetDirectory);
        foreach (var file in DatasetFiles.All.Where(f => f != DatasetTable.MunicipalityJobs.FileName))
        {
            File.Copy(Path.Combine(sourceDirectory, file), Path.Combine(targetDirectory, file), overwrite: true);
        }
        File.WriteAllText(Path.Combine(targetDirectory, DatasetTable.MunicipalityJobs.FileName), MunicipalityJobsCsv(scaled.FollowUp), Utf8);
        SyntheticRegister.Write(scaled, Path.Combine(targetDirectory, SyntheticRegister.FileName));
    }

    /// <summary>tabel1.csv as the dataset format has it: header, one row a municipality, the printed total last.</summary>
    public static string MunicipalityJobsCsv(StatusFollowUp followUp)
    {
        var csv = new StringBuilder();
        csv.Append(string.Join(';', FollowUpReader.Columns.Region, FollowUpReader.Columns.Municipality, FollowUpReader.Columns.Jobs, FollowUpReader.Columns.Notes)).Append('\n');
        foreach (var row in followUp.MunicipalityJobs)
        {
            csv.Append(row.Region).Append(';').Append(row.Municipality).Append(';').Append(row.Jobs).Append(';')
                .Append(string.Join(' ', row.NoteMarkers)).Append('\n');
        }
        csv.Append(';').Append(FollowUpReader.TotalLabel).Append(';').Append(followUp.Totals.MunicipalityJobs).Append(";\n");
        return csv.ToString();
    }
}
