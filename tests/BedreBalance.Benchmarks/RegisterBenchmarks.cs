using BedreBalance.Domain.Register;
using BedreBalance.TestSupport;
using BenchmarkDotNet.Attributes;

namespace BedreBalance.Benchmarks;

/// <summary>The municipality-register check on its own: every name the shipped letter prints, in the forms it prints them.</summary>
[MemoryDiagnoser]
public class RegisterBenchmarks
{
    private string[] names = [];

    [GlobalSetup]
    public void Setup()
    {
        var followUp = SyntheticDatasets.Spm346().FollowUp;
        names = followUp.MunicipalityJobs.Select(r => r.Municipality)
            .Concat(followUp.InstitutionJobs.SelectMany(r => r.Municipalities).Select(m => m.Name))
            .Concat(followUp.InstitutionStations.SelectMany(r => r.Municipalities).Select(m => m.Name))
            .ToArray();
        _ = MunicipalityRegister.Official; // loaded once per process; its first use is not what this measures
    }

    /// <summary>Resolves every name once (official, short and "Bornholms Kommune" forms as printed).</summary>
    [Benchmark]
    public int ResolveEveryPrintedName()
    {
        var register = MunicipalityRegister.Official;
        var resolved = 0;
        foreach (var name in names)
        {
            if (register.Resolve(name) is not null) resolved++;
        }
        return resolved;
    }

    /// <summary>An unknown name: the miss path the validator takes before it asks for suggestions.</summary>
    [Benchmark]
    public bool ResolveUnknownName() => MunicipalityRegister.Official.Resolve("Aarhusss Kommune") is null;
}
