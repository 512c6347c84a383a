using BedreBalance.Letter.FollowUp;
using Xunit;

namespace BedreBalance.Tests.FollowUp;

public class ComparisonWritersTests
{
    private static readonly DatasetComparison Sample = new(
        "før", "efter", "november 2018", "maj 2019",
        Regions: [new RegionChange("Region Syddanmark", new NumberChange(1240, 1340))],
        Municipalities:
        [
            new MunicipalityChange("Odense Kommune", "Region Syddanmark", "Region Syddanmark", new NumberChange(504, 616)),
            new MunicipalityChange("Sorø Kommune", "Region Sjælland", null, new NumberChange(12, null)),
        ],
        Institutions: [],
        Stations: [],
        Totals: [new TotalChange("Tabel 1: jobs", new NumberChange(2872, 2972))],
        Sentences: [new SentenceChange("Paragraph 3", "Der er 2.872; i alt \"mange\".", "Der er 2.972 | flere.")]);

    [Theory]
    [InlineData(100, "+100")]
    [InlineData(-12, "-12")]
    [InlineData(0, "0")]
    [InlineData(1234, "+1.234")]
    [InlineData(-1234, "-1.234")]
    public void Differences_are_signed_in_Danish_number_form(int difference, string expected)
    {
        Assert.Equal(expected, ComparisonReport.Signed(difference));
    }

    [Fact]
    public void The_terminal_table_aligns_numbers_right_and_names_left()
    {
        var lines = ComparisonWriters.Text(Sample).Split('\n');
        var header = Array.IndexOf(lines, "Municipalities (Tabel 1)") + 1;
        Assert.Equal(
            [
                "  Municipality    Before  After  Change  Details",
                "  Odense Kommune     504    616    +112  Region Syddanmark",
                "  Sorø Kommune        12            -12  removed, Region Sjælland",
            ],
            lines[header..(header + 3)]);
    }

    [Fact]
    public void Markdown_has_a_pipe_table_per_section_and_escapes_pipes_in_text()
    {
        var markdown = ComparisonWriters.Markdown(Sample);
        Assert.StartsWith("# Changes from før (status november 2018) to efter (status maj 2019)\n", markdown, StringComparison.Ordinal);
        Assert.Contains("## Regions (Tabel 1)\n\n| Region | Before | After | Change |\n|:---|---:|---:|---:|\n| Region Syddanmark | 1.240 | 1.340 | +100 |\n", markdown);
        Assert.Contains("**Paragraph 3** (changed)\n\n- Before: Der er 2.872; i alt \"mange\".\n- After: Der er 2.972 | flere.\n", markdown);
    }

    [Fact]
    public void Csv_is_semicolon_separated_UTF8_with_BOM_and_quotes_only_where_needed()
    {
        var lines = ComparisonWriters.Csv(Sample).Split("\r\n");
        Assert.Equal("\uFEFFSection;Item;Before;After;Change;Details", lines[0]);
        Assert.Contains("Municipalities (Tabel 1);Sorø Kommune;12;;-12;removed, Region Sjælland", lines);
        Assert.Contains("Totals and figures;Tabel 1: jobs;2.872;2.972;+100;", lines);
        Assert.Contains("Letter text (places as in the new letter);Paragraph 3;\"Der er 2.872; i alt \"\"mange\"\".\";Der er 2.972 | flere.;changed;", lines);
        Assert.Equal("", lines[^1]);
    }
}
