using System.Text.RegularExpressions;
using BedreBalance.Dataset;

namespace BedreBalance.Letter.FollowUp;

/// <summary>
/// Rewrites the value of the <c>status:</c> line in brev.md's front matter and nothing else: comments, other
/// fields, quoting, line endings and the letter's text stay byte for byte as the user wrote them. A YAML
/// round trip would drop the comments that explain the fields to the next editor.
/// </summary>
internal static partial class StatusLine
{
    private const string FrontMatterFence = "---";

    // status: november 2018   # a trailing comment stays
    [GeneratedRegex(@"^(?<key>status[ \t]*:)(?<space>[ \t]*)(?<value>""[^""]*""|'[^']*'|.*?)(?<comment>[ \t]+#.*)?$")]
    private static partial Regex StatusField();

    /// <summary>
    /// The text with the status set to <paramref name="status"/>, or null with <paramref name="problem"/> saying
    /// why when the front matter has no single top-level <c>status:</c> line.
    /// </summary>
    public static string? Replace(string letterText, string status, out string problem)
    {
        problem = "";
        var lines = letterText.Split('\n');
        var first = lines.Length > 0 && lines[0].TrimEnd('\r').Trim() == FrontMatterFence ? 0 : -1;
        var closing = first < 0 ? -1 : Array.FindIndex(lines, 1, line => line.TrimEnd('\r').Trim() == FrontMatterFence);
        if (closing < 0)
        {
            problem = FollowUpText.Format("StatusNoFrontMatter", DatasetFiles.LetterText);
            return null;
        }
        var statusLines = Enumerable.Range(1, closing - 1)
            .Where(i => StatusField().IsMatch(lines[i].TrimEnd('\r')))
            .ToList();
        if (statusLines.Count != 1)
        {
            problem = statusLines.Count == 0
                ? FollowUpText.Format("StatusLineMissing", DatasetFiles.LetterText, FrontMatterReader.Fields.Status)
                : FollowUpText.Format("StatusLineTwice", DatasetFiles.LetterText, statusLines.Count, FrontMatterReader.Fields.Status, string.Join(", ", statusLines.Select(i => i + 1)));
            return null;
        }
        var index = statusLines[0];
        var carriageReturn = lines[index].EndsWith('\r') ? "\r" : "";
        var match = StatusField().Match(lines[index].TrimEnd('\r'));
        var oldValue = match.Groups["value"].Value;
        var quote = oldValue.Length >= 2 && oldValue[0] is '"' or '\'' && oldValue[^1] == oldValue[0] ? oldValue[0].ToString() : "";
        var space = match.Groups["space"].Value.Length > 0 ? match.Groups["space"].Value : " ";
        lines[index] = match.Groups["key"].Value + space + quote + status + quote + match.Groups["comment"].Value + carriageReturn;
        return string.Join('\n', lines);
    }
}
