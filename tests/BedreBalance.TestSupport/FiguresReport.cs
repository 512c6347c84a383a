using System.Text;
using BedreBalance.Dataset;
using BedreBalance.Domain;

using BedreBalance.Letter;

namespace BedreBalance.TestSupport;

/// <summary>
/// Every total and every number the prose binds, as readable text: what a reviewer checks before the letter goes
/// out, and the totals snapshot the tests approve.
/// </summary>
public static class FiguresReport
{
    public static string Write(LoadedDataset dataset)
    {
        var followUp = dataset.FollowUp;
        var totals = followUp.Totals;
        var figures = new LetterFigures(followUp, dataset.Letter.Fields, []);
        var text = new StringBuilder();
        text.Append("Tabel 1: jobs per region (computed)\n");
        foreach (var region in totals.Regions)
        {
            text.Append($"  {region.Region,-22} {DanishText.Number(region.Jobs),7}  ({region.Municipalities} {(region.Municipalities == 1 ? "municipality" : "municipalities")})\n");
        }
        text.Append($"  {"Tabel 1 computed",-22} {DanishText.Number(totals.MunicipalityJobs),7}\n");
        text.Append($"  {"Tabel 1 printed",-22} {Printed(followUp.MunicipalityJobsPrintedTotal),7}\n");
        text.Append("Tabel 2: jobs per institution\n");
        foreach (var row in followUp.InstitutionJobs)
        {
            text.Append($"  {row.Institution,-55} {DanishText.Number(row.Jobs),7}  ({row.Municipalities.Count} municipalities)\n");
        }
        text.Append($"  {"Tabel 2 computed",-55} {DanishText.Number(totals.InstitutionJobs),7}\n");
        text.Append($"  {"Tabel 2 printed",-55} {Printed(followUp.InstitutionJobsPrintedTotal),7}\n");
        text.Append($"Tabel 3: education stations (computed) {totals.EducationStations}\n");
        text.Append($"All jobs, Tabel 1 + Tabel 2 (computed) {DanishText.Number(totals.AllJobs)}\n");
        text.Append("Values the letter's text binds\n");
        foreach (var value in figures.All)
        {
            var words = value.Number is { } n and < 1000 ? $" / in words: {DanishText.NumberInWords(n)}" : "";
            text.Append($"  {{{{{value.Name}}}}} = {value.Text}{words}  ({Meaning(value.Name, dataset)})\n");
        }
        return text.ToString();
    }

    /// <summary>What a placeholder stands for, in the reviewer's words (the letter itself never says it).</summary>
    private static string Meaning(string name, LoadedDataset dataset)
    {
        var (table1, table2, table3) = (DatasetTable.MunicipalityJobs, DatasetTable.InstitutionJobs, DatasetTable.InstitutionStations);
        if (name.StartsWith("tal.", StringComparison.Ordinal))
        {
            var figure = dataset.Letter.Fields.Figures.Single(f => "tal." + f.Name == name);
            return $"named figure from {figure.Source}";
        }
        if (name.StartsWith($"{table1.Name}.anm", StringComparison.Ordinal))
        {
            var (marker, what) = (name[$"{table1.Name}.anm".Length..name.LastIndexOf('.')], name[(name.LastIndexOf('.') + 1)..]);
            return what switch
            {
                "i-alt" => $"sum of the jobs of the rows with note {marker}",
                "antal" => $"number of rows with note {marker}",
                _ => $"the jobs of each row with note {marker}",
            };
        }
        return name switch
        {
            "dato" => "the question's date (field dato)",
            "status" => "the follow-up month (field status)",
            "minister" => "the minister's name (field minister)",
            "ministertitel" => "the minister's title (field ministertitel)",
            "arbejdspladser-i-alt" => $"{table1.Name}.i-alt + {table2.Name}.i-alt",
            _ when name == $"{table1.Name}.i-alt" => $"sum of {table1.FileName}'s jobs",
            _ when name == $"{table2.Name}.i-alt" => $"sum of {table2.FileName}'s jobs",
            _ when name == $"{table3.Name}.antal" => $"number of municipalities listed in {table3.FileName}",
            _ => "?",
        };
    }

    private static string Printed(PrintedTotal? total) => total is null ? "missing" : DanishText.Number(total.Value);
}
