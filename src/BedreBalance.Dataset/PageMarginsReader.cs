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
                DatasetText.Format("MarginsAsLines", Field, FirstPageTop, string.Join(", ", Keys))));
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
                    DatasetText.Format("NotAMargin", key, string.Join(", ", Keys))));
                continue;
            }
            var text = ((valueNode as YamlScalarNode)?.Value ?? "").Trim();
            var match = Centimetres().Match(text);
            if (!match.Success)
            {
                diagnostics.Add(Diagnostic.Error(location, $"{Field}.{key}",
                    DatasetText.Format("NotCentimetres", text)));
                continue;
            }
            var value = double.Parse(match.Groups[1].Value.Replace(',', '.'), CultureInfo.InvariantCulture);
            if (value is < 0.5 or > 15)
            {
                diagnostics.Add(Diagnostic.Error(location, $"{Field}.{key}",
                    DatasetText.Format("ImplausibleMargin", Cm(value))));
                continue;
            }
            values[key] = (value, location);
        }
        double? Get(string key) => values.TryGetValue(key, out var entry) ? entry.Value : null;
        SourceLocation Where(params string[] keys) => keys.Select(k => values.TryGetValue(k, out var e) ? e.At : null).FirstOrDefault(l => l is not null) ?? at;

        if (Get(Left) is { } left && Get(Right) is { } right && PaperWidth - left - right < MinimumTextWidth)
        {
            diagnostics.Add(Diagnostic.Error(Where(Right, Left), Field,
                DatasetText.Format("TextTooNarrow", Left, Cm(left), Right, Cm(right), Cm(PaperWidth - left - right), Cm(MinimumTextWidth))));
        }
        foreach (var top in new[] { FirstPageTop, Top })
        {
            if (Get(top) is { } t && Get(Bottom) is { } bottom && PaperHeight - t - bottom < MinimumTextHeight)
            {
                diagnostics.Add(Diagnostic.Error(Where(top), Field,
                    DatasetText.Format("TextTooLow", top, Cm(t), Bottom, Cm(bottom), Cm(PaperHeight - t - bottom), Cm(MinimumTextHeight))));
            }
        }
        if (diagnostics.Count(d => d.IsError) > errors) return null;
        return new PageMargins(Get(FirstPageTop), Get(Top), Get(Left), Get(Right), Get(Bottom), at);
    }

    /// <summary>As Danish users write it: 5,5.</summary>
    private static string Cm(double value) => value.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',');
}
