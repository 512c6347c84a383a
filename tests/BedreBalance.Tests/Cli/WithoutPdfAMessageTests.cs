using System.Globalization;
using BedreBalance.Cli;
using BedreBalance.Rendering.Pdf;
using Xunit;

namespace BedreBalance.Tests.Cli;

/// <summary>The warning generate prints when a table is too large for PDF/A-1: the table, its rows and the limit, in both languages.</summary>
public class WithoutPdfAMessageTests
{
    private static string In(CultureInfo language, ArchivalLimitExceeded limit)
    {
        var culture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = language;
            return Messages.WithoutPdfA(limit);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    [Fact]
    public void A_table_over_the_limit_is_named_with_its_rows_and_the_limit()
    {
        var limit = new ArchivalLimitExceeded(ArchivalLimitKind.TableRows, "Tabel 1: Flyttede arbejdspladser", 10_008, 8_190);

        Assert.Equal(
            "The table \"Tabel 1: Flyttede arbejdspladser\" has 10.008 rows; a PDF/A-1 file holds at most 8.190 in this table, so the PDF is written without the PDF/A-1 claim (it is still tagged PDF/UA-1). Split the table to keep the PDF/A-1 claim.",
            In(Language.English, limit));
        Assert.Equal(
            "Tabellen \"Tabel 1: Flyttede arbejdspladser\" har 10.008 rækker; en PDF/A-1-fil kan højst rumme 8.190 i denne tabel, så PDF'en skrives uden at angive sig som PDF/A-1 (den er stadig mærket PDF/UA-1). Del tabellen, hvis PDF'en skal være PDF/A-1.",
            In(Language.Danish, limit));
    }

    [Fact]
    public void Too_many_pages_and_an_unnamed_table_have_their_own_sentences()
    {
        Assert.StartsWith("The PDF has 9.000 pages; a PDF/A-1 file holds at most 8.191,", In(Language.English, new ArchivalLimitExceeded(ArchivalLimitKind.Pages, null, 9_000, 8_191)));
        Assert.StartsWith("En tabel har 9.000 rækker; en PDF/A-1-fil kan højst rumme 8.190", In(Language.Danish, new ArchivalLimitExceeded(ArchivalLimitKind.TableRows, null, 9_000, 8_190)));
    }
}

public class ArchivalWarningsTests
{
    [Fact]
    public void Each_reason_is_a_warning_on_the_PDF_file()
    {
        var rendering = new PdfRendering(9_000, [
            new ArchivalLimitExceeded(ArchivalLimitKind.TableRows, "Tabel 1", 10_008, 8_190),
            new ArchivalLimitExceeded(ArchivalLimitKind.Pages, null, 9_000, 8_191)]);

        var warnings = Generator.ArchivalWarnings(Path.Combine("output", "spm-346.pdf"), rendering).ToList();

        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Equal(BedreBalance.Domain.Severity.Warning, w.Severity));
        Assert.All(warnings, w => Assert.Equal("spm-346.pdf", w.File));
        Assert.Empty(Generator.ArchivalWarnings("spm-346.pdf", new PdfRendering(2, [])));
    }
}
