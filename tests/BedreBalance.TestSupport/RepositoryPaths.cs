namespace BedreBalance.TestSupport;

/// <summary>Finds files inside this repository; tests never reach outside it.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Spm346Dataset => Path.Combine(Root, "data", "spm-346");

    public static string ReferenceText => Path.Combine(Root, "tests", "reference", "svar-spm-346.txt");

    public static string InRoot(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BedreBalance.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("BedreBalance.sln not found above " + AppContext.BaseDirectory);
    }
}
