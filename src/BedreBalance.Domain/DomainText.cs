using System.Globalization;
using System.Resources;

namespace BedreBalance.Domain;

/// <summary>
/// The domain's few sentences (a follow-up month that cannot be read, a message cut short), looked up in
/// Resources/DomainMessages.resx (English) or DomainMessages.da.resx by the current UI culture, which the command
/// line sets for each run. They stay here rather than as keys for the Cli to format because the dataset's checks and
/// new-followup both say them, and each should not have to know the other's words.
/// </summary>
internal static class DomainText
{
    private static readonly ResourceManager Resources = new("BedreBalance.Domain.Resources.DomainMessages", typeof(DomainText).Assembly);

    public static string Get(string key) =>
        Resources.GetString(key, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException($"No message named '{key}' in Resources/DomainMessages.resx.");

    /// <summary>Values are formatted invariantly: a year reads 2019, never 2.019 or 2,019.</summary>
    public static string Format(string key, params object?[] values) => string.Format(CultureInfo.InvariantCulture, Get(key), values);
}
