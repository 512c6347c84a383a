using System.CommandLine;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;

namespace BedreBalance.Cli;

/// <summary>
/// System.CommandLine 2.0.0's own error messages in the user's language. It has no hook for its messages (the 2.0
/// API dropped LocalizationResources) and ships no Danish, so each of its messages is recognised by the English
/// pattern it is made from, read from its own resources, and said again from ours (Parse… in Messages.resx) with the
/// same values. A message of a kind not listed here is passed on as it is.
/// </summary>
internal static class ParseErrors
{
    /// <summary>System.CommandLine's names for the messages a parse of our commands can give.</summary>
    public static readonly string[] Kinds =
    [
        "CommandRequiredArgumentMissing",
        "OptionRequiredArgumentMissing",
        "RequiredOptionWasNotProvided",
        "RequiredCommandWasNotProvided",
        "UnrecognizedArgument",
        "UnrecognizedCommandOrArgument",
        "OptionExpectsOneArgument",
        "ResponseFileNotFound",
        "ErrorReadingResponseFile",
        "ArgumentConversionCannotParse",
        "ArgumentConversionCannotParseForCommand",
        "ArgumentConversionCannotParseForOption",
        "VersionOptionCannotBeCombinedWithOtherArguments",
    ];

    private static readonly ResourceManager Library = new("System.CommandLine.Properties.Resources", typeof(RootCommand).Assembly);

    private static readonly Lazy<IReadOnlyList<(string Kind, Regex Pattern)>> Patterns = new(() =>
        Kinds.Select(kind => (kind, PatternOf(EnglishText(kind)))).ToList());

    /// <summary>The library's English text of a message kind, as it builds its errors (it never uses a Danish one).</summary>
    public static string EnglishText(string kind) =>
        Library.GetString(kind, CultureInfo.InvariantCulture) ?? throw new InvalidOperationException($"System.CommandLine has no message named '{kind}'.");

    /// <summary>The message in the current UI culture's words.</summary>
    public static string Translate(string message)
    {
        foreach (var (kind, pattern) in Patterns.Value)
        {
            var match = pattern.Match(message);
            if (match.Success)
            {
                var values = match.Groups.Cast<Group>().Skip(1).Select(g => (object?)Values(kind, g.Value)).ToArray();
                var key = "Parse" + kind;
                return Text.Format(key, values);
            }
        }
        return message;
    }

    /// <summary>"Must be one of:\n\t'pdf'\n\t'docx'" lists the values on lines of their own; ours are in one line.</summary>
    private static string Values(string kind, string value) =>
        kind == "UnrecognizedArgument" && value.Contains('\n', StringComparison.Ordinal)
            ? " " + string.Join(", ", value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            : value;

    /// <summary>"Option '{0}' is required." → ^Option '(.*)' is required\.$</summary>
    private static Regex PatternOf(string format)
    {
        var pattern = Regex.Replace(Regex.Escape(format), @"\\\{\d+}|\{\d+}", "(.*)");
        return new Regex("^" + pattern + "$", RegexOptions.Singleline | RegexOptions.CultureInvariant);
    }
}
