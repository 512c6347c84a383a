using System.IO.Compression;
using BedreBalance.Cli;
using BedreBalance.Dataset;
using BedreBalance.Document;
using BedreBalance.Domain;
using BedreBalance.Letter;
using UglyToad.PdfPig;
using Xunit;
using static BedreBalance.Tests.FollowUp.FollowUpDatasets;

namespace BedreBalance.Tests.FollowUp;

/// <summary>The letter of the fictitious maj 2019 follow-up: every number it prints comes from its own rows.</summary>
public class FictitiousFollowUpLetterTests
{
    private static readonly Lazy<LetterDocument> Letter = new(() => Compose(Load(FictitiousMay2019)));

    private static string Words(LetterDocument document) => string.Join(' ', TextDump.Words(document));

    [Fact]
    public void Is_marked_fictitious_in_the_data_and_in_the_letter_itself()
    {
        var frontMatter = File.ReadLines(Path.Combine(FictitiousMay2019, "brev.md")).Skip(1).TakeWhile(line => line != "---");
        Assert.Contains(frontMatter, line => line.StartsWith('#') && line.Contains("FICTITIOUS", StringComparison.Ordinal));
        Assert.Contains("FICTITIOUS", File.ReadAllText(Path.Combine(FictitiousMay2019, "README.md")), StringComparison.Ordinal);
        Assert.StartsWith("FIKTIVT TESTDATA.", Text(Letter.Value.Blocks.OfType<Paragraph>().First().Runs), StringComparison.Ordinal);
    }

    [Fact]
    public void Loads_with_only_the_warnings_the_shipped_dataset_has()
    {
        var diagnostics = DatasetLoader.Load(FictitiousMay2019).Diagnostics;
        Assert.All(diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
        // Bornholms Kommune and Vesthimmerlands Kommune, as in the published letter; the two comment lines that
        // mark the data fictitious move the deviation's line in brev.md from 21 to 23.
        Assert.Equal(
            DatasetLoader.Load(November2018).Diagnostics.Select(d => d.Message.Replace("line 21", "line 23", StringComparison.Ordinal)),
            diagnostics.Select(d => d.Message));
    }

    [Fact]
    public void Totals_are_computed_from_the_new_rows()
    {
        var followUp = Load(FictitiousMay2019).FollowUp;
        var table1 = followUp.MunicipalityJobs.Sum(row => row.Jobs);
        var table2 = followUp.InstitutionJobs.Sum(row => row.Jobs);
        Assert.Equal((3029, 1978), (table1, table2));

        var tables = Letter.Value.Blocks.OfType<Table>().ToList();
        Assert.Equal(["I alt", DanishText.Number(table1)], TotalRow(tables[0]));
        Assert.Equal(["I alt", DanishText.Number(table2), ""], TotalRow(tables[1]));
        Assert.Contains("Fiktiv Styrelse for Testdata", tables[1].Body.Select(row => Text(row.Cells[0].Runs)));
        Assert.DoesNotContain("Sorø Kommune", tables[0].Body.Select(row => Text(row.Cells[0].Runs)));
        Assert.Contains("Næstved Kommune", tables[0].Body.Select(row => Text(row.Cells[0].Runs)));
    }

    [Fact]
    public void The_prose_and_the_captions_say_the_new_month_and_the_new_numbers()
    {
        var words = Words(Letter.Value);
        Assert.Contains("fra maj 2019, var der flyttet og etableret 5.007 arbejdspladser og 10 uddannelsesstationer i 53 byer", words);
        Assert.Contains("Ud af de 5.007 flyttede og etablerede arbejdspladser kan 3.029 knyttes til specifikke byer.", words);
        Assert.Contains("De øvrige 1.978 flyttede og etablerede arbejdspladser", words);
        Assert.Contains("etableret ti nye uddannelsesstationer", words);
        Assert.Contains("har etableret 20 arbejdspladser i Randers og Kolding", words);
        Assert.Contains("etableret 10 arbejdspladser i hver af de to byer", words);
        Assert.All(Letter.Value.Blocks.OfType<Table>(), table => Assert.EndsWith("(maj 2019)", Text(table.Subtitle), StringComparison.Ordinal));
    }

    /// <summary>
    /// Every value the november 2018 letter bound that the new follow-up changed is gone: the month, the totals,
    /// the counts in words, the note's figures. Only values of three or more characters are sought, since a
    /// short number such as "8" may rightly stand elsewhere in the letter.
    /// </summary>
    [Fact]
    public void The_old_numbers_appear_nowhere_in_the_new_letter()
    {
        var oldDataset = Load(November2018);
        var newDataset = Load(FictitiousMay2019);
        var oldFigures = new LetterFigures(oldDataset.FollowUp, oldDataset.Letter.Fields, []);
        var newFigures = new LetterFigures(newDataset.FollowUp, newDataset.Letter.Fields, []);
        var replaced = oldFigures.All
            .Where(value => newFigures.Find(value.Name)?.Text != value.Text)
            .Select(value => value.Text)
            .Where(text => text.Length >= 3)
            .ToList();
        Assert.Equal(["4.800", "november 2018", "2.872", "1.928"], replaced);

        var words = TextDump.Words(Letter.Value).ToList();
        var text = string.Join(' ', words);
        foreach (var old in replaced.Concat(["51 byer", "ni nye", "16 arbejdspladser", "etableret 8 arbejdspladser"]))
        {
            Assert.DoesNotContain(old, text, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("november", words.Select(word => word.Trim('(', ')', ',', '.')));
    }

    /// <summary>The generated PDF and Word document, not only the model, carry the new figures and none of the old.</summary>
    [Fact]
    public void The_rendered_PDF_and_Word_document_say_the_new_numbers()
    {
        using var folder = new TemporaryFolder();
        var result = Generator.Generate(FictitiousMay2019, folder.Path, OutputFormat.All);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Null(result.WriteError);

        string pdfText;
        using (var pdf = PdfDocument.Open(folder.Combine("spm-346-fiktiv-maj-2019.pdf")))
        {
            pdfText = string.Join(' ', pdf.GetPages().SelectMany(page => page.GetWords()).Select(word => word.Text));
        }
        string wordXml;
        using (var docx = ZipFile.OpenRead(folder.Combine("spm-346-fiktiv-maj-2019.docx")))
        using (var reader = new StreamReader(docx.GetEntry("word/document.xml")!.Open()))
        {
            wordXml = reader.ReadToEnd();
        }
        foreach (var text in new[] { pdfText, wordXml })
        {
            // Single words for table cells: a name that wraps in its cell need not come out of the PDF in one piece.
            foreach (var current in new[] { "3.029", "1.978", "5.007", "maj 2019", "FIKTIVT", "Næstved Kommune", "Testdata" })
            {
                Assert.Contains(current, text, StringComparison.Ordinal);
            }
            foreach (var old in new[] { "2.872", "1.928", "4.800", "november" })
            {
                Assert.DoesNotContain(old, text, StringComparison.Ordinal);
            }
        }
    }

    private static string Text(IReadOnlyList<Run> runs) => string.Concat(runs.Select(run => run.Text));

    private static List<string> TotalRow(Table table) =>
        table.Body.Single(row => row.Kind == RowKind.Total).Cells.Select(cell => Text(cell.Runs)).ToList();
}
