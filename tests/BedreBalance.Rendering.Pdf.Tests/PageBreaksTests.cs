using BedreBalance.Conformance;

namespace BedreBalance.Rendering.Pdf.Tests;

/// <summary>
/// The conformance command's page-break comparison (<see cref="PageBreaks"/>): how it reads lines and when it calls two
/// documents' pages alike. The comparison of the real letters with LibreOffice's runs in tests/conformance/check.sh.
/// </summary>
public class PageBreaksTests
{
    [Fact]
    public void A_superscript_note_marker_stays_on_its_line_and_table_rows_are_lines_of_their_own()
    {
        var lines = PageBreaks.Lines(
        [
            (70, 700, "Fredericia"), (120, 700, "Kommune"), (160, 703.3, "1"), (470, 700, "37"),
            (70, 682.5, "Kolding"), (110, 682.5, "Kommune"), (470, 682.5, "8"),
        ]);
        Assert.Equal(["Fredericia Kommune 1 37", "Kolding Kommune 8"], lines);
    }

    [Fact]
    public void Page_numbers_and_what_repeats_on_several_pages_are_not_where_a_page_begins_or_ends()
    {
        var breaks = PageBreaks.FromLines(
        [
            ["Svar på spørgsmål", "Tabel 1", "Kommune Antal", "Bornholms Kommune 14", "1"],
            ["Tabel 1", "Kommune Antal", "Kolding Kommune 8", "I alt 2.872", "2"],
        ]);
        Assert.Equal(new PageBreaks.Page("Svar på spørgsmål", "Bornholms Kommune 14"), breaks.Pages[0]);
        Assert.Equal(new PageBreaks.Page("Kolding Kommune 8", "I alt 2.872"), breaks.Pages[1]);
    }

    [Fact]
    public void A_page_that_ends_a_row_earlier_is_a_difference()
    {
        var pdf = PageBreaks.FromLines([["Svar", "Fredericia Kommune 1 37"], ["Kolding Kommune 2 8", "I alt 2.872"]]);
        var word = PageBreaks.FromLines([["Svar", "Esbjerg Kommune 1 180"], ["Fredericia Kommune 1 37", "I alt 2.872"]]);
        Assert.Equal(
            [
                "page 1 ends with \"Fredericia Kommune 1 37\" in the PDF, \"Esbjerg Kommune 1 180\" in Word",
                "page 2 begins with \"Kolding Kommune 2 8\" in the PDF, \"Fredericia Kommune 1 37\" in Word",
            ],
            PageBreaks.Differences(pdf, word));
    }

    [Fact]
    public void A_different_page_count_is_a_difference() =>
        Assert.Contains("the PDF has 2 pages, Word's 1",
            PageBreaks.Differences(PageBreaks.FromLines([["a b"], ["c d"]]), PageBreaks.FromLines([["a b"]])));

    [Theory]
    // Word hyphenates with its own dictionary: the same line, a syllable apart.
    [InlineData("get, at der er etableret 10 arbejdspladser i hver af de to byer.", "antaget, at der er etableret 10 arbejdspladser i hver af de to byer.", true)]
    // A superscript glued to its word or not.
    [InlineData("Guldborgsund Kommune1 106", "Guldborgsund Kommune 1 106", true)]
    // The next line of the same paragraph is another line.
    [InlineData("uden for hovedstadsområdet. Ved Finansministeriets senest gennemførte statusopfølgning på", "Bedre Balance I og II fra november 2018, var der flyttet og etableret 4.800 arbejdspladser og", false)]
    // Rows that share their words but not their numbers are different rows.
    [InlineData("Bornholms Kommune 12 408", "Bornholms Kommune 11 371", false)]
    public void Lines_are_the_same_line_of_the_letter_when(string a, string b, bool same) =>
        Assert.Equal(same, PageBreaks.SameLineOfText(a, b));
}
