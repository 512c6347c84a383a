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

    /// <summary>Spot checks against Danmarks Statistik's KOMMUNER/REGIONER, chosen where codes and regions are easy to confuse.</summary>
    [Theory]
    [InlineData("101", "Københavns Kommune", "Region Hovedstaden")]
    [InlineData("260", "Halsnæs Kommune", "Region Hovedstaden")]
    [InlineData("400", "Bornholms Regionskommune", "Region Hovedstaden")]
    [InlineData("253", "Greve Kommune", "Region Sjælland")]
    [InlineData("360", "Lolland Kommune", "Region Sjælland")]
    [InlineData("480", "Nordfyns Kommune", "Region Syddanmark")]
    [InlineData("607", "Fredericia Kommune", "Region Syddanmark")]
    [InlineData("615", "Horsens Kommune", "Region Midtjylland")]
    [InlineData("779", "Skive Kommune", "Region Midtjylland")]
    [InlineData("773", "Morsø Kommune", "Region Nordjylland")]
    [InlineData("820", "Vesthimmerlands Kommune", "Region Nordjylland")]
    [InlineData("860", "Hjørring Kommune", "Region Nordjylland")]
    public void Codes_names_and_regions_agree_with_the_official_classification(string code, string officialName, string region)
    {
        var municipality = Register.Municipalities.Single(m => m.Code == code);
        Assert.Equal((officialName, region), (municipality.OfficialName, municipality.Region.Name));
    }

    [Fact]
    public void Every_printed_form_of_every_municipality_resolves_to_that_municipality_only()
    {
        foreach (var municipality in Register.Municipalities)
        {
            Assert.Equal(municipality, Register.Resolve(municipality.OfficialName)?.Municipality);
            Assert.Equal(municipality, Register.Resolve(municipality.ShortName)?.Municipality);
            var withSuffix = Register.Resolve(municipality.ShortName + " Kommune");
            Assert.Equal(municipality, withSuffix?.Municipality);
        }
        // No name of one municipality is a name of another.
        var names = Register.Municipalities.SelectMany(m => new[] { m.OfficialName, m.ShortName }.Distinct()).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_running_text_names_municipalities_as_whole_words_only()
    {
        Assert.Equal(["Kolding", "Randers"], Register.NamedIn("arbejdspladser i Randers og\nKolding.").Select(m => m.ShortName).Order());
        Assert.Equal(["Ringkøbing-Skjern"], Register.NamedIn("i Ringkøbing-Skjern").Select(m => m.ShortName));
        Assert.Equal(["Bornholm"], Register.NamedIn("Bornholms Regionskommune").Select(m => m.ShortName));
        Assert.Empty(Register.NamedIn("Koldingfjord, Oddernes og en række byer"));
    }
}
