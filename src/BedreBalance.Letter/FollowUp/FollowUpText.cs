using System.Globalization;
using System.Resources;

namespace BedreBalance.Letter.FollowUp;

/// <summary>
/// What the follow-up workflow says — the compare report's words and new-followup's problems — in
/// Resources/FollowUp.resx (English) and FollowUp.da.resx (Danish, for the report the language of the case file it
/// goes into: "Før", "Efter", "Ændring"), chosen by the current UI culture.
/// </summary>
internal static class FollowUpText
{
    private static readonly ResourceManager Resources = new("BedreBalance.Letter.Resources.FollowUp", typeof(FollowUpText).Assembly);

    public static string Get(string key) =>
        Resources.GetString(key, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException($"No report text named '{key}' in Resources/FollowUp.resx.");

    public static string Format(string key, params object?[] values) => string.Format(CultureInfo.InvariantCulture, Get(key), values);

    /// <summary>The key's One or Many form, given the count and any further values ({1}, {2}, …).</summary>
    public static string Count(string key, int count, params object?[] more) =>
        Format(count == 1 ? key + "One" : key + "Many", [count, .. more]);
}
