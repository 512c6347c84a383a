namespace BedreBalance.Tests.FollowUp;

/// <summary>A fresh folder under the system's temp folder, removed after the test: tests never write into the repository.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "bedrebalance-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>A copy of a dataset folder's files in this folder, to break or change without touching the original.</summary>
    public string CopyOf(string dataset, string name)
    {
        var copy = Combine(name);
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(dataset))
        {
            File.Copy(file, System.IO.Path.Combine(copy, System.IO.Path.GetFileName(file)));
        }
        return copy;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
