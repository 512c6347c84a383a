using System.Globalization;
using System.Text.RegularExpressions;
using BedreBalance.Domain;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BedreBalance.Dataset;

/// <summary>
/// The letter's margins in centimetres, from brev.md's <c>side:</c>, each null when not given: the first page's top
/// (<c>top-første</c>, below a letterhead's logo and address), the following pages' top, left, right and bottom.
/// </summary>
public sealed record PageMargins(double? FirstPageTop, double? Top, double? Left, double? Right, double? Bottom, SourceLocation Source);

/// <summary>
/// Reads <c>side:</c>. A4 is 21 × 29.7 cm; every margin must leave the letter a text column of at least
/// <see cref="MinimumTextWidth"/> × <see cref="MinimumTextHeight"/> cm, so a typing error (30 for 3,0) is caught here,
/// with the line it is on, rather than seen as a squeezed letter.
/// </summary>
public static partial class PageMarginsReader
{
    public const string Field = "side";
    public const string FirstPageTop = "top-første";
    public const string Top = "top";
    public const string Left = "venstre";
    public const string Right = "højre";
    public const string Bottom = "bund";

    public const double PaperWidth = 21.0;
    public const double PaperHeight = 29.7;
    public const double MinimumTextWidth = 8.0;
    public const double MinimumTextHeight = 10.0;

    private static readonly string[] Keys = [FirstPageTop, Top, Left, Right, Bottom];

    [GeneratedRegex(@"^(\d{1,2}(?:[.,]\d{1,2})?)\s*(?:cm)?$")]
    private static partial Regex Centimetres();

    public static PageMargins? Read(YamlNode? node, SourceLocation at, Func<Mark, SourceLocation> lineOf, List<Diagnostic> diagnostics)
    {
        if (node is null) return null;
        if (node is not YamlMappingNode mapping)
        {
            diagnostics.Add(Diagnostic.Error(at, Field,
                $"\"{Field}\" must list margins in cm as indented lines, e.g. \"  {FirstPageTop}: 5,5\"; names: {string.Join(", ", Keys)}."));
            return null;
        }
        var values = new Dictionary<string, (double Value, SourceLocation At)>(StringComparer.Ordinal);
        var errors = diagnostics.Count(d => d.IsError);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = ((keyNode as YamlScalarNode)?.Value ?? "").Trim();
            var location = lineOf(keyNode.Start);
            if (!Keys.Contains(key))
            {
                diagnostics.Add(Diagnostic.Error(location, $"{Field}.{key}",
                    $"\"{key}\" is not a margin; the margins are {string.Join(", ", Keys)} (in cm)."));
                continue;
            }
            var text = ((valueNode as YamlScalarNode)?.Value ?? "").Trim();
            var match = Centimetres().Match(text);
            if (!match.Success)
            {
                diagnostics.Add(Diagnostic.Error(location, $"{Field}.{key}",
                    $"\"{text}\" is not a margin in centimetres; write a number such as 2,5 (\"cm\" may follow)."));
                continue;
            }
            var value = double.Parse(match.Groups[1].Value.Replace(',', '.'), CultureInfo.InvariantCulture);
            if (value is < 0.5 or > 15)
            {
                diagnostics.Add(Diagnostic.Error(location, $"{Field}.{key}",
                    $"{Cm(value)} cm is not a plausible margin; margins lie between 0,5 and 15 cm."));
                continue;
            }
            values[key] = (value, location);
        }
        double? Get(string key) => values.TryGetValue(key, out var entry) ? entry.Value : null;
        SourceLocation Where(params string[] keys) => keys.Select(k => values.TryGetValue(k, out var e) ? e.At : null).FirstOrDefault(l => l is not null) ?? at;

        if (Get(Left) is { } left && Get(Right) is { } right && PaperWidth - left - right < MinimumTextWidth)
        {
            diagnostics.Add(Diagnostic.Error(Where(Right, Left), Field,
                $"{Left} {Cm(left)} cm and {Right} {Cm(right)} cm leave a text column of {Cm(PaperWidth - left - right)} cm; it must be at least {Cm(MinimumTextWidth)} cm wide."));
        }
        foreach (var top in new[] { FirstPageTop, Top })
        {
            if (Get(top) is { } t && Get(Bottom) is { } bottom && PaperHeight - t - bottom < MinimumTextHeight)
            {
                diagnostics.Add(Diagnostic.Error(Where(top), Field,
                    $"{top} {Cm(t)} cm and {Bottom} {Cm(bottom)} cm leave {Cm(PaperHeight - t - bottom)} cm for the text; a page needs at least {Cm(MinimumTextHeight)} cm."));
            }
        }
        if (diagnostics.Count(d => d.IsError) > errors) return null;
        return new PageMargins(Get(FirstPageTop), Get(Top), Get(Left), Get(Right), Get(Bottom), at);
    }

    /// <summary>As Danish users write it: 5,5.</summary>
    private static string Cm(double value) => value.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',');
}
