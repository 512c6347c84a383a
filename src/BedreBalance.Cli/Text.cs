using System.Globalization;
using System.Resources;

namespace BedreBalance.Cli;

/// <summary>
/// The program's sentences, looked up in Resources/Messages.resx (English) or Messages.da.resx (Danish) by the
/// current UI culture, which <see cref="Language"/> chooses for each run.
/// </summary>
internal static class Text
{
    private static readonly ResourceManager Resources = new("BedreBalance.Cli.Resources.Messages", typeof(Text).Assembly);

    public static string Get(string key) =>
        Resources.GetString(key, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException($"No message named '{key}' in Resources/Messages.resx.");

    /// <summary>A message with its values filled in; values are formatted by our own code, never by culture.</summary>
    public static string Format(string key, params object?[] values) => string.Format(CultureInfo.InvariantCulture, Get(key), values);

    /// <summary>"1 warning" or "3 warnings", from the keys <paramref name="key"/>One and <paramref name="key"/>Many.</summary>
    public static string Count(string key, int count) => count == 1 ? Get(key + "One") : Format(key + "Many", count);
}
