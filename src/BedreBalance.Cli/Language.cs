using System.Globalization;

namespace BedreBalance.Cli;

/// <summary>
/// Danish on screen for Danish users: <c>--sprog da</c>/<c>--language da</c> if given, otherwise the POSIX locale
/// variables in their order of precedence (LC_ALL, LC_MESSAGES, LANG); English otherwise.
/// </summary>
internal static class Language
{
    public static readonly string[] OptionNames = ["--sprog", "--language"];

    public static readonly string[] Codes = ["da", "en"];

    /// <summary>Danish resources; the culture only selects Messages.da.resx (invariant globalization, see Directory.Build.props).</summary>
    public static CultureInfo Danish { get; } = CultureInfo.GetCultureInfo("da");

    /// <summary>The neutral resources, which are English.</summary>
    public static CultureInfo English => CultureInfo.InvariantCulture;

    public static CultureInfo Choose(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--") break;
            foreach (var name in OptionNames)
            {
                string? value = null;
                if (args[i] == name && i + 1 < args.Count) value = args[i + 1];
                else if (args[i].StartsWith(name + "=", StringComparison.Ordinal)) value = args[i][(name.Length + 1)..];
                if (value is not null) return FromCode(value);
            }
        }
        foreach (var variable in new[] { "LC_ALL", "LC_MESSAGES", "LANG" })
        {
            var value = environment(variable);
            if (!string.IsNullOrEmpty(value)) return FromCode(value);
        }
        return English;
    }

    /// <summary>"da", "da_DK.UTF-8", "da-DK": Danish; anything else (including "C" and "POSIX"): English.</summary>
    private static CultureInfo FromCode(string code) => code.StartsWith("da", StringComparison.OrdinalIgnoreCase) ? Danish : English;
}
