using System.Text;
using ApprovalTests.Core;
using BedreBalance.Domain;

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

    /// <summary>A longest-common-subsequence diff (the letter comparison's <see cref="SequenceAlignment"/>): "- " approved only, "+ " received only.</summary>
    public static IEnumerable<string> Diff(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        foreach (var (a, b) in SequenceAlignment.Align(before, after, StringComparer.Ordinal))
        {
            if (a is { } i && b is { } j && before[i] == after[j]) continue;
            if (a is { } removed) yield return $"- {removed + 1,4}: {before[removed]}";
            if (b is { } added) yield return $"+ {added + 1,4}: {after[added]}";
        }
    }
}

public sealed class SnapshotMismatchException(string message) : Exception(message);
