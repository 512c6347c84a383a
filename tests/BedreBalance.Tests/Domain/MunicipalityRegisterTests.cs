using BedreBalance.Domain.Register;
using Xunit;

namespace BedreBalance.Tests.Domain;

public class MunicipalityRegisterTests
{
    private static readonly MunicipalityRegister Register = MunicipalityRegister.Official;

    [Fact]
    public void The_register_has_denmarks_98_municipalities_in_5_regions()
    {
        Assert.Equal(98, Register.Municipalities.Count);
        Assert.Equal(5, Register.Regions.Count);
        var perRegion = Register.Municipalities.GroupBy(m => m.Region.Name).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(29, perRegion["Region Hovedstaden"]);
        Assert.Equal(17, perRegion["Region Sjælland"]);
        Assert.Equal(22, perRegion["Region Syddanmark"]);
        Assert.Equal(19, perRegion["Region Midtjylland"]);
        Assert.Equal(11, perRegion["Region Nordjylland"]);
    }

    [Fact]
    public void Codes_and_names_are_unique_and_well_formed()
    {
        Assert.Equal(98, Register.Municipalities.Select(m => m.Code).Distinct().Count());
        Assert.Equal(98, Register.Municipalities.Select(m => m.OfficialName).Distinct().Count());
        Assert.Equal(98, Register.Municipalities.Select(m => m.ShortName).Distinct().Count());
        Assert.All(Register.Municipalities, m => Assert.Matches("^[1-8][0-9]{2}$", m.Code));
        Assert.All(Register.Regions, r => Assert.Matches("^108[1-5]$", r.Code));
        Assert.All(Register.Municipalities, m => Assert.EndsWith("kommune", m.OfficialName, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Aarhus Kommune", "751", NameForm.Official)]
    [InlineData("Bornholms Regionskommune", "400", NameForm.Official)]
    [InlineData("Bornholm", "400", NameForm.Short)]
    [InlineData("Ringkøbing-Skjern", "760", NameForm.Short)]
    [InlineData("Vesthimmerlands Kommune", "820", NameForm.Official)]
    [InlineData("Bornholms Kommune", "400", NameForm.Unofficial)]
    [InlineData("  Lolland ", "360", NameForm.Short)]
    public void Printed_names_resolve_to_exactly_one_municipality(string name, string code, NameForm form)
    {
        var match = Register.Resolve(name);
        Assert.NotNull(match);
        Assert.Equal(code, match.Municipality.Code);
        Assert.Equal(form, match.Form);
    }

    [Theory]
    [InlineData("Christiansø")]
    [InlineData("Københavns Amt")]
    [InlineData("")]
    public void Names_of_no_municipality_resolve_to_nothing(string name) => Assert.Null(Register.Resolve(name));

    [Fact]
    public void A_misspelt_name_gets_the_nearest_suggestions()
    {
        Assert.Equal("Aarhus Kommune", Register.Suggest("Århus Kommune", officialNames: true)[0]);
        Assert.Equal("Ringkøbing-Skjern", Register.Suggest("Ringkobing-Skjern", officialNames: false)[0]);
    }
}
