using System.Globalization;
using BedreBalance.Domain;
using Xunit;

namespace BedreBalance.Tests.Domain;

public class DanishTextTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(14, "14")]
    [InlineData(999, "999")]
    [InlineData(1928, "1.928")]
    [InlineData(4800, "4.800")]
    [InlineData(1234567, "1.234.567")]
    [InlineData(-12, "-12")]
    public void Numbers_use_a_full_stop_between_thousands(long value, string expected) =>
        Assert.Equal(expected, DanishText.Number(value));

    [Theory]
    [InlineData(-1000, "-1.000")]
    [InlineData(100_000, "100.000")]
    [InlineData(long.MaxValue, "9.223.372.036.854.775.807")]
    [InlineData(long.MinValue, "-9.223.372.036.854.775.808")]
    public void The_extremes_have_every_group_and_their_sign(long value, string expected) =>
        Assert.Equal(expected, DanishText.Number(value));

    [Fact]
    public void Numbers_are_the_invariant_grouped_format_with_full_stops_at_every_size()
    {
        // Number writes the digits itself for speed; the custom format it replaced is the reference it must match.
        static string Reference(long value) => value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');
        var random = new Random(16);
        var values = Enumerable.Range(0, 19).Select(digits => (long)Math.Pow(10, digits))
            .SelectMany(power => new[] { power - 1, power, power + 1, -power + 1, -power, -power - 1 })
            .Concat(Enumerable.Range(0, 2_000).Select(_ => random.NextInt64(long.MinValue, long.MaxValue) >> random.Next(64)));
        Assert.All(values, value => Assert.Equal(Reference(value), DanishText.Number(value)));
    }

    [Fact]
    public void Dates_are_written_day_month_year_in_words() =>
        Assert.Equal("28. januar 2019", DanishText.Date(new DateOnly(2019, 1, 28)));

    [Theory]
    [InlineData(new string[0], "")]
    [InlineData(new[] { "Haderslev" }, "Haderslev")]
    [InlineData(new[] { "Randers", "Kolding" }, "Randers og Kolding")]
    [InlineData(new[] { "Haderslev", "Vordingborg", "Hillerød" }, "Haderslev, Vordingborg og Hillerød")]
    public void Lists_join_with_commas_and_og(string[] items, string expected) =>
        Assert.Equal(expected, DanishText.JoinList(items));

    [Theory]
    [InlineData(1, "en")]
    [InlineData(2, "to")]
    [InlineData(9, "ni")]
    [InlineData(10, "ti")]
    [InlineData(17, "sytten")]
    [InlineData(20, "tyve")]
    [InlineData(21, "enogtyve")]
    [InlineData(50, "halvtreds")]
    [InlineData(99, "nioghalvfems")]
    [InlineData(100, "ethundrede")]
    [InlineData(251, "tohundrede og enoghalvtreds")]
    [InlineData(1000, "1.000")]
    public void Counts_in_words_follow_danish_vigesimal_tens(int value, string expected) =>
        Assert.Equal(expected, DanishText.NumberInWords(value));
}
