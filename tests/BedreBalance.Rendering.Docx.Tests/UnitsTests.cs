using Xunit;

namespace BedreBalance.Rendering.Docx.Tests;

public sealed class UnitsTests
{
    [Theory]
    [InlineData(8221, new[] { 3.0, 2.0 }, new[] { 4933, 3288 })]
    [InlineData(10, new[] { 1.0, 1.0, 1.0 }, new[] { 4, 3, 3 })]
    [InlineData(8221, new[] { 4.0, 2.0, 5.0 }, new[] { 2989, 1495, 3737 })]
    public void Column_widths_keep_their_proportions_and_sum_to_the_text_width(int total, double[] relative, int[] expected)
    {
        var widths = Units.Distribute(total, relative);
        Assert.Equal(expected, widths);
        Assert.Equal(total, widths.Sum());
    }

    [Fact]
    public void Non_positive_widths_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Units.Distribute(100, [1.0, 0.0]));
    }

    [Theory]
    [InlineData(72.0, 1440)]
    [InlineData(595.2755905511812, 11906)] // A4 width, 210 mm
    [InlineData(70.86614173228347, 1417)]  // 2.5 cm
    public void Points_become_twips(double points, int twips)
    {
        Assert.Equal(twips, Units.Twips(points));
    }
}
