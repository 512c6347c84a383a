using System.Diagnostics.Tracing;

namespace BedreBalance.Benchmarks.ScaledRun;

/// <summary>
/// What a stage allocates, by type: the runtime's allocation-tick events (one about every 100 KB allocated, naming
/// the type of the object that crossed the mark), summed per type. A sample, not an exact count, but it shows
/// where hundreds of megabytes go without an external profiler.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly Dictionary<string, long> bytesByType = [];
    private readonly Lock gate = new();

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null) return;
        var type = e.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? e.Payload[t] as string ?? "?" : "?";
        var amount = e.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(e.Payload[a]) : 0;
        lock (gate)
        {
            bytesByType[type] = bytesByType.GetValueOrDefault(type) + amount;
        }
    }

    /// <summary>The types that took most, largest first, and forgets them for the next stage.</summary>
    public void PrintAndReset(TextWriter writer, string stage, int top = 15)
    {
        lock (gate)
        {
            var total = bytesByType.Values.Sum();
            writer.WriteLine($"{stage}: {total / 1048576.0:F1} MB sampled");
            foreach (var (type, bytes) in bytesByType.OrderByDescending(p => p.Value).Take(top))
            {
                writer.WriteLine($"  {bytes / 1048576.0,8:F1} MB {100.0 * bytes / Math.Max(1, total),5:F1} %  {type}");
            }
            bytesByType.Clear();
        }
    }
}
