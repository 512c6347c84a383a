using BedreBalance.Document;
using BedreBalance.Domain;
using Xunit;
using static BedreBalance.Tests.Validation.Problems;

namespace BedreBalance.Tests.Validation;

/// <summary>brev.md's <c>side:</c>: the margins a letterhead needs, in cm, checked with the line they are on.</summary>
public class PageMarginsTests
{
    private const double Cm = 72 / 2.54;

    private static BrokenDataset WithSide(string side) =>
        BrokenDataset.Copy().Replace("brev.md", "sprog: da-DK\n", "sprog: da-DK\nside:" + side);

    private static void ErrorFor(string side, int line, params string[] words)
    {
        using var data = WithSide(side);
        Single(data.Load().Diagnostics, Severity.Error, "brev.md", line, words);
    }

    [Fact]
    public void The_margins_become_the_letters_page_with_its_own_first_page_top()
    {
        using var data = WithSide("\n  top-første: 5,5\n  top: 3\n  venstre: 2.5\n  højre: 5 cm\n  bund: 2,5\n");
        var composition = data.Compose();
        Assert.Empty(New(composition.Diagnostics));
        var page = composition.Document!.Page;
        Assert.Equal(5.5 * Cm, page.FirstPageMarginTop, 6);
        Assert.Equal(3.0 * Cm, page.MarginTop, 6);
        Assert.Equal(2.5 * Cm, page.MarginLeft, 6);
        Assert.Equal(5.0 * Cm, page.MarginRight, 6);
        Assert.Equal(2.5 * Cm, page.MarginBottom, 6);
        Assert.Equal(5.5 * Cm, page.MarginTopOf(1), 6);
        Assert.Equal(3.0 * Cm, page.MarginTopOf(2), 6);
    }

    [Fact]
    public void A_top_margin_alone_is_every_pages_and_the_rest_stay_as_they_were()
    {
        using var data = WithSide("\n  top: 4\n");
        var page = data.Compose().Document!.Page;
        Assert.Equal(4 * Cm, page.FirstPageMarginTop, 6);
        Assert.Equal(4 * Cm, page.MarginTop, 6);
        Assert.Equal(PageGeometry.A4Letter.MarginRight, page.MarginRight);
    }

    [Fact]
    public void Without_side_the_page_is_unchanged()
    {
        using var data = BrokenDataset.Copy();
        Assert.Equal(PageGeometry.A4Letter, data.Compose().Document!.Page);
    }

    [Fact]
    public void An_implausible_margin_is_an_error_on_its_line() =>
        ErrorFor("\n  top-første: 55\n", 11, "55 cm is not a plausible margin");

    [Fact]
    public void A_misspelt_margin_is_an_error_naming_the_right_ones() =>
        ErrorFor("\n  top: 3\n  top-forste: 5,5\n", 12, "\"top-forste\" is not a margin", "top-første, top, venstre, højre, bund");

    [Fact]
    public void A_margin_that_is_no_number_is_an_error() =>
        ErrorFor("\n  venstre: to\n", 11, "\"to\" is not a margin in centimetres");

    [Fact]
    public void Margins_that_leave_too_narrow_a_column_are_an_error() =>
        ErrorFor("\n  venstre: 8\n  højre: 6\n", 12, "text column of 7 cm", "at least 8 cm");

    [Fact]
    public void Margins_that_leave_too_little_height_are_an_error() =>
        ErrorFor("\n  top-første: 12,5\n  bund: 8\n", 11, "leave 9,2 cm for the text");

    [Fact]
    public void Side_must_list_margins() =>
        ErrorFor(" 5\n", 10, "\"side\" must list margins in cm");
}
