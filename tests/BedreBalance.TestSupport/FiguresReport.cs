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
            text.Append($"  {{{{{value.Name}}}}} = {value.Text}{words}  ({value.Meaning})\n");
        }
        return text.ToString();
    }

    private static string Printed(PrintedTotal? total) => total is null ? "missing" : DanishText.Number(total.Value);
}
