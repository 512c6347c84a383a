using BedreBalance.Domain;
using Xunit;

namespace BedreBalance.Tests.FollowUp;

public class FollowUpMonthTests
{
    [Theory]
    [InlineData("maj 2019", 5, 2019)]
    [InlineData("november 2018", 11, 2018)]
    [InlineData("  Marts 2020 ", 3, 2020)]
    public void Reads_a_Danish_month_and_year_and_writes_it_as_the_letter_does(string text, int month, int year)
    {
        Assert.True(FollowUpMonth.TryParse(text, out var parsed, out var problem), problem);
        Assert.Equal(new FollowUpMonth(month, year), parsed);
        Assert.Equal(text.Trim().ToLowerInvariant(), parsed.ToString());
    }

    [Theory]
    [InlineData("May 2019", "Did you mean \"maj\"?")]
    [InlineData("oktobre 2019", "Did you mean \"oktober\"?")]
    [InlineData("maj", "a Danish month name and a four-digit year")]
    [InlineData("2019-05", "a Danish month name and a four-digit year")]
    [InlineData("maj 19", "a Danish month name and a four-digit year")]
    [InlineData("maj 1919", "Bedre Balance started in 2015")]
    [InlineData("", "a Danish month name and a four-digit year")]
    public void Refuses_anything_else_and_says_what_to_write(string text, string explanation)
    {
        Assert.False(FollowUpMonth.TryParse(text, out _, out var problem));
        Assert.Contains(explanation, problem);
    }

    [Fact]
    public void Orders_by_year_then_month()
    {
        Assert.True(new FollowUpMonth(11, 2018).CompareTo(new FollowUpMonth(5, 2019)) < 0);
        Assert.True(new FollowUpMonth(5, 2019).CompareTo(new FollowUpMonth(1, 2019)) > 0);
        Assert.Equal(0, new FollowUpMonth(5, 2019).CompareTo(new FollowUpMonth(5, 2019)));
    }
}
