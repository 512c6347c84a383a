using System.Text;
using ApprovalTests.Core;

namespace BedreBalance.TestSupport;

/// <summary>
/// Reports a snapshot mismatch as a readable line diff in the test failure, so that a reviewer (or CI's log)
/// sees what moved without a diff tool. It never approves anything.
/// </summary>
public sealed class LineDiffReporter : IApprovalFailureReporter
{
    private const int MaxShownLines = 80;

    public void Report(string approved, string received)
    {
        var approvedLines = File.Exists(approved) ? File.ReadAllLines(approved) : [];
        var receivedLines = File.Exists(received) ? File.ReadAllLines(received) : [];
        var message = new StringBuilder();
        message.Append("Snapshot differs from ").Append(Path.GetFileName(approved)).Append('\n');
        if (approvedLines.Length == 0)
        {
            message.Append("(no approved snapshot yet)\n");
        }
        message.Append("Review ").Append(received).Append("; if it is right, rename it to the .approved file.\n");
        var shown = 0;
        foreach (var line in Diff(approvedLines, receivedLines))
        {
            if (shown++ == MaxShownLines)
            {
                message.Append("... (more differences)\n");
                break;
            }
            message.Append(line).Append('\n');
        }
        throw new SnapshotMismatchException(message.ToString());
    }

    /// <summary>A plain longest-common-subsequence diff: "- " approved only, "+ " received only.</summary>
    public static IEnumerable<string> Diff(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var lengths = new int[before.Count + 1, after.Count + 1];
        for (var i = before.Count - 1; i >= 0; i--)
        {
            for (var j = after.Count - 1; j >= 0; j--)
            {
                lengths[i, j] = before[i] == after[j]
                    ? lengths[i + 1, j + 1] + 1
                    : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }
        int a = 0, b = 0;
        while (a < before.Count || b < after.Count)
        {
            if (a < before.Count && b < after.Count && before[a] == after[b])
            {
                a++;
                b++;
            }
            else if (b < after.Count && (a == before.Count || lengths[a, b + 1] >= lengths[a + 1, b]))
            {
                yield return $"+ {b + 1,4}: {after[b]}";
                b++;
            }
            else
            {
                yield return $"- {a + 1,4}: {before[a]}";
                a++;
            }
        }
    }
}

public sealed class SnapshotMismatchException(string message) : Exception(message);
