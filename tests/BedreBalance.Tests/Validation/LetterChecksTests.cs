using BedreBalance.Domain;
using Xunit;
using static BedreBalance.Tests.Validation.Problems;

namespace BedreBalance.Tests.Validation;

/// <summary>brev.md against the tables: notes, placeholders, named figures, totals, and the letter's statements.</summary>
public class LetterChecksTests
{
    [Fact]
    public void A_note_marker_with_no_note_is_an_error_on_the_row()
    {
        using var data = BrokenDataset.Copy().Replace("tabel1.csv", "Region Sjælland;Sorø Kommune;11;", "Region Sjælland;Sorø Kommune;11;3");
        var d = Single(data.Load().Diagnostics, Severity.Error, "tabel1.csv", 6, "Sorø Kommune refers to note 3", "no note starting \"3) \"");
        Assert.Equal("Anm", d.Field);
    }

    [Fact]
    public void A_note_no_row_refers_to_is_an_error_on_the_note()
    {
        using var data = BrokenDataset.Copy().Replace("tabel1.csv", ";1\n", ";\n", times: 6);
        Single(data.Load().Diagnostics, Severity.Error, "brev.md", 61, "Note 1) under tabel1 is not referred to by any row");
    }

    [Fact]
    public void Two_notes_with_the_same_number_are_an_error()
    {
        using var data = BrokenDataset.Copy().Replace("brev.md", "2) Styrelsen", "1) Styrelsen");
        Contains(data.Load().Diagnostics, Severity.Error, "brev.md", 64, "two notes 1)", "line 61");
    }

    [Fact]
    public void A_note_naming_other_municipalities_than_the_rows_it_marks_is_an_error()
    {
        // Note 2 says "i Randers og Kolding"; the rows marked 2 are Kolding Kommune (line 11) and Randers Kommune (line 23).
        using var data = BrokenDataset.Copy().Replace("brev.md", "i Randers og\nKolding.", "i Randers og\nVejle.");
        Single(data.Load().Diagnostics, Severity.Error, "brev.md", 64,
            "Note 2) names Vejle, Randers", "Vejle has no marker 2", "Kolding Kommune (line 11) carries marker 2 but the note does not name it");
    }

    [Fact]
    public void Brev_md_problems_are_said_in_Danish_when_the_run_is_Danish()
    {
        // The note check builds its sentence from parts (one or many rows, it or them); each part must be Danish too.
        using var notes = BrokenDataset.Copy().Replace("brev.md", "i Randers og\nKolding.", "i Randers og\nVejle.");
        using var facts = BrokenDataset.Copy()
            .Replace("brev.md", "minister: Sophie Løhde\n", "minister:\n")
            .Replace("brev.md", "2) Styrelsen", "2) Se `kode` Styrelsen");
        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("da");
            Contains(notes.Load().Diagnostics, Severity.Error, "brev.md", 64,
                "Note 2) nævner Vejle, Randers", "Vejle har ingen henvisning 2 i tabel1.csv", "Kolding Kommune (linje 11) har henvisning 2, men noten nævner den ikke");
            var diagnostics = facts.Load().Diagnostics;
            Contains(diagnostics, Severity.Error, "brev.md", 6, "Feltet \"minister\" mangler eller er tomt.");
            Contains(diagnostics, Severity.Error, "brev.md", 64, "Brevet kan ikke indeholde kode (`…`); skriv almindelig tekst.");
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = culture;
        }
    }

    [Fact]
    public void A_row_marked_with_a_note_that_does_not_name_it_is_an_error()
    {
        using var data = BrokenDataset.Copy().Replace("tabel1.csv", "Region Midtjylland;Randers Kommune;8;2", "Region Midtjylland;Randers Kommune;8;");
        Single(data.Load().Diagnostics, Severity.Error, "brev.md", 64, "Randers has no marker 2 in tabel1.csv");
    }

    [Fact]
    public void A_note_that_names_no_municipality_is_not_compared_with_the_rows()
    {
        using var data = BrokenDataset.Copy();
        Assert.Empty(New(data.Load().Diagnostics));
    }

    [Fact]
    public void A_typed_total_in_the_letters_table_is_an_error()
    {
        using var data = BrokenDataset.Copy().Replace("brev.md", "| {{tabel1.i-alt}}              |", "| 2.872 |");
        Single(data.Load().Diagnostics, Severity.Error, "brev.md", 59, "typed number (\"2.872\")", "{{tabel1.i-alt}}");
    }

    [Fact]
    public void A_placeholder_that_names_nothing_is_an_error_with_the_nearest_name()
    {
        using var data = BrokenDataset.Copy().Replace("brev.md", "til {{tal.planer-byer}} byer", "til {{tal.planer-bye}} byer");
        var composition = data.Compose();
        Assert.Null(composition.Document);
        Contains(composition.Diagnostics, Severity.Error, "brev.md", 43, "{{tal.planer-bye}} names nothing", "Did you mean {{tal.planer-byer}}?");
    }

    [Fact]
    public void A_placeholder_that_names_nothing_is_reported_in_the_same_run_as_a_broken_row()
    {
        using var data = BrokenDataset.Copy()
            .Replace("tabel1.csv", "Region Sjælland;Sorø Kommune;11;", "Region Sjælland;Sorø Kommune;elleve;")
            .Replace("brev.md", "til {{tal.planer-byer}} byer", "til {{tal.planer-bye}} byer");
        var composition = data.Compose();
        Assert.Null(composition.Document);
        Contains(composition.Diagnostics, Severity.Error, "tabel1.csv", 6, "\"elleve\" is not a number");
        Contains(composition.Diagnostics, Severity.Error, "brev.md", 43, "{{tal.planer-bye}} names nothing");
    }

    [Fact]
    public void A_placeholder_on_a_later_line_of_a_paragraph_is_reported_on_its_own_line()
    {
        using var data = BrokenDataset.Copy().Replace("brev.md", "{{tabel3.antal}} uddannelsesstationer i", "{{tabel4.antal}} uddannelsesstationer i");
        Contains(data.Compose().Diagnostics, Severity.Error, "brev.md", 46, "{{tabel4.antal}} names nothing");
    }

    [Fact]
    public void A_placeholder_left_open_is_an_error()
    {
        using var data = BrokenDataset.Copy().Replace("brev.md", "fra {{status}}, var der", "fra {{status}, var der");
        Contains(data.Compose().Diagnostics, Severity.Error, "brev.md", 45, "not closed or not opened");
    }

    [Fact]
    public void A_named_figure_no_text_uses_is_a_warning()
    {
        using var data = BrokenDataset.Copy().Replace("brev.md", "  status-byer: 51\n", "  status-byer: 51\n  ubrugt-tal: 12\n");
        var composition = data.Compose();
        Assert.NotNull(composition.Document);
        Single(composition.Diagnostics, Severity.Warning, "brev.md", 18, "\"ubrugt-tal\" is not used in the text");
    }

    [Fact]
    public void A_named_figure_that_is_not_a_whole_number_is_an_error()
    {
        using var data = BrokenDataset.Copy().Replace("brev.md", "  planer-byer: 60\n", "  planer-byer: ca. 60\n");
        Contains(data.Load().Diagnostics, Severity.Error, "brev.md", 16, "\"ca. 60\" is not a number");
    }

    [Fact]
    public void Front_matter_the_yaml_library_cannot_scan_is_an_error_not_a_crash()
    {
        // Found by the mutation property: YamlDotNet threw InvalidOperationException here.
        using var data = BrokenDataset.Copy().Replace("brev.md", "  planer-byer: 60", "  {{planer-byer: 60");
        Single(data.Load().Diagnostics, Severity.Error, "brev.md", 2, "The facts at the top cannot be read");
    }

    [Fact]
    public void A_missing_front_matter_field_is_an_error()
    {
        using var data = BrokenDataset.Copy().Replace("brev.md", "minister: Sophie Løhde\n", "");
        Single(data.Load().Diagnostics, Severity.Error, "brev.md", 2, "\"minister\" is missing or empty");
    }

    [Fact]
    public void A_table_block_missing_from_the_letter_is_an_error()
    {
        using var data = BrokenDataset.Copy().Replace("brev.md", "::: tabel3\n", "::: tabel4\n");
        Contains(data.Load().Diagnostics, Severity.Error, "brev.md", 94, "\"::: tabel4\" names no block");
    }

    [Fact]
    public void The_shipped_dataset_composes_with_exactly_its_two_explained_warnings()
    {
        using var data = BrokenDataset.Copy();
        var composition = data.Compose();
        Assert.NotNull(composition.Document);
        Assert.Equal(2, composition.Diagnostics.Count);
        Assert.All(composition.Diagnostics, d => Assert.True(IsShippedWarning(d), d.ToString()));
    }
}
