using BedreBalance.Dataset;
using BedreBalance.Document;
using BedreBalance.Letter;
using Xunit;

namespace BedreBalance.Tests.FollowUp;

/// <summary>The shipped follow-up (november 2018) and the fictitious one made from it (maj 2019), loaded and composed.</summary>
public static class FollowUpDatasets
{
    public static string November2018 => RepositoryPaths.Spm346Dataset;

    public static string FictitiousMay2019 => RepositoryPaths.InRoot("tests", "data", "spm-346-fiktiv-maj-2019");

    public static LoadedDataset Load(string directory)
    {
        var result = DatasetLoader.Load(directory);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Dataset!;
    }

    public static LetterDocument Compose(LoadedDataset dataset)
    {
        var composition = LetterComposer.Compose(dataset);
        Assert.False(composition.HasErrors, string.Join("\n", composition.Diagnostics));
        return composition.Document!;
    }
}
