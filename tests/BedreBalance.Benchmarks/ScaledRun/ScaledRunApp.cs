using System.Diagnostics;
using System.Runtime;
using BedreBalance.Cli;
using BedreBalance.Dataset;
using BedreBalance.Domain;
using BedreBalance.Letter;
using BedreBalance.Rendering.Pdf;

namespace BedreBalance.Benchmarks.ScaledRun;

/// <summary>
/// <c>bedrebalance-scaled write-dataset SOURCE ROWS DIR</c>: a dataset folder with Table 1 scaled to ROWS rows.<br/>
/// <c>bedrebalance-scaled generate DIR OUT</c>: what <c>bedrebalance generate DIR --out OUT</c> does, with the register extended by DIR's synthetic municipalities.<br/>
/// <c>bedrebalance-scaled stages DIR [WARM_RUNS]</c>: the same pipeline once with a stopwatch on each stage, then warm repeats.<br/>
/// <c>bedrebalance-scaled allocations DIR</c>: the same pipeline once, with what each stage (register, load and validate, compose, each document's rendering) allocates, by type (sampled).
/// </summary>
public static class ScaledRunApp
{
    private const string Usage =
        "usage: bedrebalance-scaled write-dataset SOURCE ROWS DIR | generate DIR OUT | stages DIR [WARM_RUNS] | allocations DIR";

    public static int Run(string[] args)
    {
        switch (args)
        {
            case ["write-dataset", var source, var rows, var target] when int.TryParse(rows, out var count) && count > 0:
                ScaledDatasetFolder.Write(source, count, target);
                return 0;
            case ["generate", var dataset, var output]:
                return Generate(dataset, output, stages: null);
            case ["allocations", var dataset]:
                return Allocations(dataset);
            case ["stages", var dataset, ..] when args.Length <= 3:
                var warmRuns = args.Length == 3 ? int.Parse(args[2]) : 0;
                return Stages(dataset, warmRuns);
            default:
                Console.Error.WriteLine(Usage);
                return 2;
        }
    }

    /// <summary>The CLI's generate, step by step, so that each step can be timed.</summary>
    private static int Generate(string dataset, string outputDirectory, StageClock? stages)
    {
        var register = SyntheticRegister.For(dataset);
        stages?.Lap("register");
        // As Generator.Check: every character is checked against what the PDF's typeface can draw (its fonts' maps).
        var loaded = DatasetLoader.Load(dataset, register, PrintableText.For(PdfTypeface.LiberationSerif));
        stages?.Lap("load + validate");
        if (loaded.Dataset is null)
        {
            return Fail(dataset, loaded.Diagnostics);
        }
        var composition = LetterComposer.Compose(loaded.Dataset);
        stages?.Lap("compose");
        if (composition.Document is null)
        {
            return Fail(dataset, composition.Diagnostics);
        }
        var baseName = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(dataset)));
        var document = composition.Document;
        // As Generator.Generate: one document after the other, each rendered straight into its temporary file.
        // A PDF too large for PDF/A-1 is written without the claim; say so, as generate does (the conformance command reads it).
        var files = Generator.Renderers(OutputFormat.All, null, rendering =>
            {
                foreach (var limit in rendering.ArchivalLimitsExceeded) Console.Error.WriteLine($"warning: {Messages.WithoutPdfA(limit)}");
            })
            .Select(renderer => (Path.Combine(outputDirectory, baseName + renderer.Extension), (Action<Stream>)(stream =>
            {
                renderer.Render(document, stream);
                stages?.Lap($"render + write {renderer.Extension}");
            })))
            .ToList();
        Directory.CreateDirectory(outputDirectory);
        AtomicFile.WriteAll(files);
        stages?.Lap("flush + rename");
        return 0;
    }

    private static int Allocations(string dataset)
    {
        using var sampler = new AllocationSampler();
        sampler.PrintAndReset(TextWriter.Null, "before");
        var register = SyntheticRegister.For(dataset);
        sampler.PrintAndReset(Console.Out, "register");
        // As Generate: every character checked against the PDF's typeface.
        var loaded = DatasetLoader.Load(dataset, register, PrintableText.For(PdfTypeface.LiberationSerif));
        sampler.PrintAndReset(Console.Out, "load + validate");
        var document = loaded.Dataset is null ? null : LetterComposer.Compose(loaded.Dataset).Document;
        sampler.PrintAndReset(Console.Out, "compose");
        if (document is null)
        {
            return Fail(dataset, loaded.Diagnostics);
        }
        foreach (var (extension, render) in Generator.Renderers(OutputFormat.All))
        {
            render(document, Stream.Null);
            sampler.PrintAndReset(Console.Out, $"render {extension}");
        }
        return 0;
    }

    private static int Stages(string dataset, int warmRuns)
    {
        var output = Path.Combine(Path.GetTempPath(), $"bedrebalance-stages-{Environment.ProcessId}");
        try
        {
            var cold = StageClock.StartedAtMain();
            var exit = Generate(dataset, output, cold);
            if (exit != 0) return exit;
            cold.Print(Console.Out, "cold (first run in this process)");
            for (var run = 1; run <= warmRuns; run++)
            {
                var warm = new StageClock();
                Generate(dataset, output, warm);
                if (run == warmRuns) warm.Print(Console.Out, $"warm (run {run + 1} in this process)");
            }
            return 0;
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }

    private static int Fail(string dataset, IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics.Where(d => d.IsError).Take(20))
        {
            Console.Error.WriteLine(diagnostic);
        }
        Console.Error.WriteLine($"{dataset}: {diagnostics.Count(d => d.IsError)} errors; nothing was written.");
        return 1;
    }
}

/// <summary>
/// Wall-clock laps of one pipeline run, with what each lap allocated, how long the GC paused it and how many
/// collections of each generation it took, and how many methods the JIT compiled in it
/// (in a ReadyToRun build, JIT work is start-up cost the precompiled code did not cover; in Native AOT it is zero).
/// </summary>
internal sealed class StageClock
{
    private readonly Stopwatch stopwatch = Stopwatch.StartNew();
    private readonly List<(string Stage, double Milliseconds, long AllocatedBytes, long Jitted, double JitMilliseconds, (int Gen0, int Gen1, int Gen2) Collections, double GcPauseMilliseconds)> laps = [];
    private long allocatedAtLastLap = GC.GetTotalAllocatedBytes(precise: true);
    private (int Gen0, int Gen1, int Gen2) collectionsAtLastLap = Collections();
    private TimeSpan gcPauseAtLastLap = GC.GetTotalPauseDuration();
    private long jittedAtLastLap = JitInfo.GetCompiledMethodCount();
    private TimeSpan jitTimeAtLastLap = JitInfo.GetCompilationTime();

    /// <summary>A clock whose first lap is the time from process start to Main: runtime start-up and assembly loading.</summary>
    public static StageClock StartedAtMain()
    {
        var clock = new StageClock();
        var sinceStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
        clock.laps.Add(("process start → Main", sinceStart.TotalMilliseconds, 0, clock.jittedAtLastLap, clock.jitTimeAtLastLap.TotalMilliseconds, (0, 0, 0), 0));
        return clock;
    }

    public void Lap(string stage)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var jitted = JitInfo.GetCompiledMethodCount();
        var jitTime = JitInfo.GetCompilationTime();
        var collections = Collections();
        var gcPause = GC.GetTotalPauseDuration();
        laps.Add((stage, stopwatch.Elapsed.TotalMilliseconds, allocated - allocatedAtLastLap, jitted - jittedAtLastLap, (jitTime - jitTimeAtLastLap).TotalMilliseconds,
            // CollectionCount(0) counts every collection, CollectionCount(1) those of gen 1 and 2: each lap says how many of each kind.
            (collections.Gen0 - collectionsAtLastLap.Gen0 - (collections.Gen1 - collectionsAtLastLap.Gen1),
             collections.Gen1 - collectionsAtLastLap.Gen1 - (collections.Gen2 - collectionsAtLastLap.Gen2),
             collections.Gen2 - collectionsAtLastLap.Gen2), (gcPause - gcPauseAtLastLap).TotalMilliseconds));
        collectionsAtLastLap = collections;
        gcPauseAtLastLap = gcPause;
        allocatedAtLastLap = allocated;
        jittedAtLastLap = jitted;
        jitTimeAtLastLap = jitTime;
        stopwatch.Restart();
    }

    private static (int Gen0, int Gen1, int Gen2) Collections() => (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));

    public void Print(TextWriter writer, string title)
    {
        writer.WriteLine($"{title}:");
        foreach (var (stage, milliseconds, allocated, jitted, jitMilliseconds, collections, gcPause) in laps)
        {
            writer.WriteLine($"  {stage,-24} {milliseconds,9:F1} ms {allocated / 1048576.0,9:F1} MB allocated {jitted,6} methods jitted in {jitMilliseconds,6:F1} ms, GC paused {gcPause,7:F1} ms, collections gen0/1/2 {collections.Gen0,4}/{collections.Gen1,3}/{collections.Gen2,2}");
        }
        var total = laps.Sum(l => l.Milliseconds);
        writer.WriteLine($"  {"total",-24} {total,9:F1} ms   (working set {Environment.WorkingSet / 1048576.0:F0} MB now, {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB at its peak)");
    }
}
