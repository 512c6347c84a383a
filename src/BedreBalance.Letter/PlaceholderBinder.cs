using System.Text.RegularExpressions;
using BedreBalance.Dataset;
using BedreBalance.Domain;

namespace BedreBalance.Letter;

/// <summary>Fills the placeholders of the letter's text, {{name}} or {{name:ord}}, from <see cref="LetterFigures"/>.</summary>
internal sealed partial class PlaceholderBinder(LetterFigures figures, List<Diagnostic> diagnostics)
{
    public const string WordsFormat = "ord";

    [GeneratedRegex(@"\{\{(?<name>[^{}:]*)(?::(?<format>[^{}]*))?\}\}")]
    private static partial Regex Placeholder();

    private readonly HashSet<string> used = new(StringComparer.Ordinal);

    public IReadOnlySet<string> Used => used;

    /// <summary>The text with every placeholder filled in and the file's line breaks read as spaces.</summary>
    public string Bind(TemplateSpan span)
    {
        var withoutPlaceholders = Placeholder().Replace(span.Text, match => new string(' ', match.Length));
        var stray = withoutPlaceholders.IndexOf("{{", StringComparison.Ordinal) is var open and >= 0
            ? open
            : withoutPlaceholders.IndexOf("}}", StringComparison.Ordinal);
        if (stray >= 0)
        {
            diagnostics.Add(Diagnostic.Error(LineOf(span, stray), null, LetterText.Get("PlaceholderUnbalanced")));
        }
        var text = Placeholder().Replace(span.Text, match => Resolve(match, span));
        return text.Replace('\n', ' ');
    }

    private string Resolve(Match match, TemplateSpan span)
    {
        var name = match.Groups["name"].Value.Trim();
        var format = match.Groups["format"].Success ? match.Groups["format"].Value.Trim() : null;
        var at = LineOf(span, match.Index);
        var value = figures.Find(name);
        if (value is null)
        {
            var why = figures.WhyMissing(name);
            var message = why is not null
                ? LetterText.Format("PlaceholderHasNoValue", name, why)
                : LetterText.Format("PlaceholderNamesNothing", name) + Suggestion(name);
            diagnostics.Add(Diagnostic.Error(at, null, message));
            return match.Value;
        }
        used.Add(name);
        switch (format)
        {
            case null:
                return value.Text;
            case WordsFormat when value.Number is { } number:
                return DanishText.NumberInWords(number);
            case WordsFormat:
                diagnostics.Add(Diagnostic.Error(at, null, LetterText.Format("PlaceholderNotANumber", name, format)));
                return match.Value;
            default:
                diagnostics.Add(Diagnostic.Error(at, null, LetterText.Format("PlaceholderUnknownFormat", name, format, WordsFormat)));
                return match.Value;
        }
    }

    private string Suggestion(string name)
    {
        var nearest = EditDistance.Nearest(name, figures.Names, count: 1, minimumReach: 2);
        var close = nearest.Count > 0 ? nearest[0] : null;
        return close is not null
            ? " " + LetterText.Format("PlaceholderDidYouMean", close)
            : " " + LetterText.Format("PlaceholderKnownNames", string.Join(", ", figures.Names));
    }

    /// <summary>The file line of a position in a span: the span's line plus the line breaks before it.</summary>
    private static SourceLocation LineOf(TemplateSpan span, int index)
    {
        if (index < 0 || span.Source.Line is not { } line)
        {
            return span.Source;
        }
        var breaks = span.Text.AsSpan(0, Math.Min(index, span.Text.Length)).Count('\n');
        return span.Source with { Line = line + breaks };
    }
}
