using BedreBalance.Letter.FollowUp;
using Xunit;

namespace BedreBalance.Tests.FollowUp;

public class StatusLineTests
{
    [Fact]
    public void Changes_only_the_value_of_the_status_line()
    {
        const string before = "---\n# status: the month of the follow-up\ndato: 2019-01-28\nstatus: november 2018\ntal:\n  status-byer: 51\n---\n\nTekst fra {{status}}.\n";
        var after = StatusLine.Replace(before, "maj 2019", out var problem);
        Assert.Equal(before.Replace("status: november 2018", "status: maj 2019"), after);
        Assert.Equal("", problem);
    }

    [Fact]
    public void Keeps_quotes_trailing_comments_and_Windows_line_endings()
    {
        const string before = "---\r\nstatus:   \"november 2018\"  # ændres ved hver opfølgning\r\nminister: X\r\n---\r\nTekst\r\n";
        Assert.Equal("---\r\nstatus:   \"maj 2019\"  # ændres ved hver opfølgning\r\nminister: X\r\n---\r\nTekst\r\n",
            StatusLine.Replace(before, "maj 2019", out _));
    }

    [Fact]
    public void Leaves_a_status_in_the_letters_text_or_an_indented_field_alone()
    {
        const string before = "---\ntal:\n  status: 3\nstatus: november 2018\n---\nstatus: november 2018\n";
        Assert.Equal("---\ntal:\n  status: 3\nstatus: maj 2019\n---\nstatus: november 2018\n", StatusLine.Replace(before, "maj 2019", out _));
    }

    [Theory]
    [InlineData("dato: 2019-01-28\nstatus: x\n", "does not start with the facts")]
    [InlineData("---\ndato: 2019-01-28\n---\nstatus: x\n", "has no line \"status: <month year>\"")]
    [InlineData("---\nstatus: a\nstatus: b\n---\n", "has 2 \"status:\" lines among the facts at the top (lines 2, 3)")]
    public void Says_why_when_there_is_no_single_status_line(string text, string explanation)
    {
        Assert.Null(StatusLine.Replace(text, "maj 2019", out var problem));
        Assert.Contains(explanation, problem);
    }
}
