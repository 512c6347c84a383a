using System.Text.RegularExpressions;
using BedreBalance.Domain;

namespace BedreBalance.Cli;

/// <summary>
/// Prints diagnostics one a line, errors first, each in file order, in the "file:line: error: …" shape. A message
/// repeated word for word on many lines is printed once with the other lines named; a check that fires on many
/// rows prints its first <see cref="MaximumPerCheck"/> messages and counts the rest, so a broken table of a million
/// rows gives a screenful, not a million lines.
/// </summary>
internal static partial class DiagnosticReport
{
    public const int MaximumPerCheck = 20;

    /// <summary>Lines named after a repeated message before the rest are counted.</summary>
    public const int MaximumLinesNamed = 5;

    [GeneratedRegex("\"[^\"]*\"|[0-9][0-9.]*")]
    private static partial Regex Values();

    public static void Write(TextWriter writer, IReadOnlyCollection<Diagnostic> diagnostics)
    {
        var ordered = diagnostics
            .OrderBy(d => d.IsError ? 0 : 1)
            .ThenBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line ?? 0);
        var identical = ordered
            .GroupBy(d => (d.Severity, d.File, d.Field, d.Message))
            .Select(group => (First: group.First(), Group: group.ToList()))
            .ToList();
        var perCheck = identical
            .GroupBy(entry => Check(entry.First))
            .ToDictionary(check => check.Key, check => check.Skip(MaximumPerCheck).Sum(entry => entry.Group.Count));
        var printed = new Dictionary<(Severity, string, string?, string), int>();
        foreach (var (first, group) in identical)
        {
            var check = Check(first);
            var count = printed[check] = printed.GetValueOrDefault(check) + 1;
            if (count > MaximumPerCheck)
            {
                continue;
            }
            var otherLines = group.Skip(1).Where(d => d.Line is not null).Select(d => d.Line!.Value).Distinct().ToList();
            writer.WriteLine(otherLines.Count == 0 ? first.ToString() : first + " " + Messages.AlsoOnLines(otherLines, MaximumLinesNamed));
            if (count == MaximumPerCheck && perCheck[check] > 0)
            {
                writer.WriteLine(first with { Line = null, Message = Messages.MoreLikeThis(perCheck[check]) });
            }
        }
    }

    private static (Severity, string, string?, string) Check(Diagnostic d) => (d.Severity, d.File, d.Field, Shape(d.Message));

    /// <summary>
    /// The first sentence of a message with its quoted values and numbers blanked: the same check about different
    /// rows has one shape, whatever follows (such as a "Did you mean" that differs from row to row).
    /// </summary>
    private static string Shape(string message)
    {
        var shape = Values().Replace(message, "_");
        var end = shape.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? shape.TrimEnd('.') : shape[..end];
    }
}
