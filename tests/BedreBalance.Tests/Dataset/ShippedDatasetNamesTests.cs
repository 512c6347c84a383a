using BedreBalance.Dataset;
using BedreBalance.Domain.Register;
using Xunit;

namespace BedreBalance.Tests.Dataset;

public class ShippedDatasetNamesTests
{
    [Fact]
    public void Every_municipality_the_letter_prints_resolves_to_one_register_entry_in_the_form_its_table_uses()
    {
        var followUp = DatasetLoader.Load(RepositoryPaths.Spm346Dataset).Dataset!.FollowUp;
        var register = MunicipalityRegister.Official;
        foreach (var row in followUp.MunicipalityJobs)
        {
            var match = register.Resolve(row.Municipality);
            Assert.NotNull(match);
            // Only Bornholms Kommune is printed other than officially (officially Bornholms Regionskommune).
            Assert.Equal(row.Municipality == "Bornholms Kommune" ? NameForm.Unofficial : NameForm.Official, match.Form);
        }
        var listed = followUp.InstitutionJobs.SelectMany(r => r.Municipalities).Concat(followUp.InstitutionStations.SelectMany(r => r.Municipalities));
        Assert.All(listed, m => Assert.Equal(NameForm.Short, register.Resolve(m.Name)?.Form));
    }
}
