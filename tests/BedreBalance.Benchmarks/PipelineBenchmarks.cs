using BedreBalance.Dataset;
using BedreBalance.Document;
using BedreBalance.Domain.Register;
using BedreBalance.Letter;
using BedreBalance.Rendering.Docx;
using BedreBalance.Rendering.Pdf;
using BenchmarkDotNet.Attributes;

namespace BedreBalance.Benchmarks;

/// <summary>
/// Each stage of <c>bedrebalance generate</c> on its own, warm, for the shipped letter and for Table 1 at 1k, 10k
/// and 100k rows. Targets (issue 16): per-row cost at 100k within 1.10× of that at 10k, for each renderer and for
/// both; a larger ratio means some step still grows faster than the document.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(3)]
[IterationCount(10)]
public class PipelineBenchmarks
{
    private string datasetDirectory = "";
    private MunicipalityRegister register = MunicipalityRegister.Official;
    private LoadedDataset dataset = null!;
    private LetterDocument document = null!;

    [ParamsSource(nameof(Sizes))]
    public string Size { get; set; } = BenchmarkDatasets.Shipped;

    public static IEnumerable<string> Sizes => BenchmarkDatasets.Sizes;

    [GlobalSetup]
    public void Setup()
    {
        (datasetDirectory, register) = BenchmarkDatasets.OnDisk(Size);
        dataset = BenchmarkDatasets.InMemory(Size);
        document = LetterComposer.Compose(dataset).Document
            ?? throw new InvalidOperationException($"The {Size} dataset does not compose.");
    }

    [GlobalCleanup]
    public void Cleanup() => BenchmarkDatasets.Remove(datasetDirectory);

    /// <summary>Reading the four files and every check, the register's included.</summary>
    [Benchmark]
    public LoadResult LoadAndValidate()
    {
        var result = DatasetLoader.Load(datasetDirectory, register);
        return result.HasErrors ? throw new InvalidOperationException(result.Diagnostics.First(d => d.IsError).ToString()) : result;
    }

    [Benchmark]
    public LetterDocument? Compose() => LetterComposer.Compose(dataset).Document;

    [Benchmark]
    public long Pdf()
    {
        using var output = new MemoryStream();
        PdfRenderer.Render(document, output);
        return output.Length;
    }

    [Benchmark]
    public long Docx()
    {
        using var output = new MemoryStream();
        DocxRenderer.Render(document, output);
        return output.Length;
    }

    /// <summary>Both documents from the model, as `generate` renders them: the "≤ 10 ms warm" target.</summary>
    [Benchmark]
    public long BothDocuments() => Pdf() + Docx();
}
