namespace BedreBalance.Domain.Register;

public sealed record Region(string Code, string Name);

public sealed record Municipality(string Code, string OfficialName, string ShortName, Region Region);

/// <summary>How a name in the data was recognised: the official name, the short name, or another printed form.</summary>
public enum NameForm
{
    Official,
    Short,
    /// <summary>"Bornholms Kommune" for "Bornholms Regionskommune": recognisable, but not the official name.</summary>
    Unofficial,
}

public sealed record MunicipalityMatch(Municipality Municipality, NameForm Form);

/// <summary>
/// Denmark's 98 municipalities and 5 regions (since 2007), from the official classification shipped with
/// this assembly. Resolves the names a letter prints ("Aarhus Kommune", "Bornholm") to exactly one entry.
/// </summary>
public sealed class MunicipalityRegister
{
    private const string MunicipalitySuffix = " Kommune";

    private readonly Dictionary<string, Municipality> byOfficialName;
    private readonly Dictionary<string, Municipality> byShortName;
    private readonly Dictionary<string, Region> regionsByName;

    public MunicipalityRegister(IReadOnlyList<Region> regions, IReadOnlyList<Municipality> municipalities)
    {
        Regions = regions;
        Municipalities = municipalities;
        byOfficialName = municipalities.ToDictionary(m => m.OfficialName, StringComparer.Ordinal);
        byShortName = municipalities.ToDictionary(m => m.ShortName, StringComparer.Ordinal);
        regionsByName = regions.ToDictionary(r => r.Name, StringComparer.Ordinal);
    }

    /// <summary>The official register shipped with the program.</summary>
    public static MunicipalityRegister Official => OfficialRegister.Value;

    private static readonly Lazy<MunicipalityRegister> OfficialRegister = new(LoadOfficial);

    public IReadOnlyList<Region> Regions { get; }

    public IReadOnlyList<Municipality> Municipalities { get; }

    public Region? FindRegion(string name) => regionsByName.GetValueOrDefault(name.Trim());

    /// <summary>Finds the one municipality a printed name means, or null when it names none.</summary>
    public MunicipalityMatch? Resolve(string name)
    {
        var trimmed = name.Trim();
        if (byOfficialName.TryGetValue(trimmed, out var official))
        {
            return new MunicipalityMatch(official, NameForm.Official);
        }
        if (byShortName.TryGetValue(trimmed, out var shortName))
        {
            return new MunicipalityMatch(shortName, NameForm.Short);
        }
        if (trimmed.EndsWith(MunicipalitySuffix, StringComparison.Ordinal))
        {
            // "Bornholms Kommune": a short name plus "Kommune", with or without the genitive s.
            var stem = trimmed[..^MunicipalitySuffix.Length];
            if (byShortName.TryGetValue(stem, out var byStem))
            {
                return new MunicipalityMatch(byStem, NameForm.Unofficial);
            }
            if (stem.EndsWith('s') && byShortName.TryGetValue(stem[..^1], out var byGenitive))
            {
                return new MunicipalityMatch(byGenitive, NameForm.Unofficial);
            }
        }
        return null;
    }

    /// <summary>
    /// The municipalities a running text names, by short or official name as whole words
    /// ("… i Randers og Kolding" → Randers, Kolding), in register order.
    /// </summary>
    public IReadOnlyList<Municipality> NamedIn(string text) =>
        Municipalities.Where(m => ContainsWord(text, m.ShortName) || ContainsWord(text, m.OfficialName)).ToList();

    private static bool ContainsWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !IsWordCharacter(text[at - 1])) && (end == text.Length || !IsWordCharacter(text[end])))
            {
                return true;
            }
        }
        return false;
    }

    // A hyphen joins words in names such as "Ringkøbing-Skjern", so "Skjern" alone is not a mention of anything.
    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c == '-';

    /// <summary>The register's names closest to a misspelt one, nearest first, for "did you mean".</summary>
    public IReadOnlyList<string> Suggest(string name, bool officialNames, int count = 3) =>
        EditDistance.Nearest(name.Trim(), Municipalities.Select(m => officialNames ? m.OfficialName : m.ShortName), count);

    private static MunicipalityRegister LoadOfficial()
    {
        var regions = ReadResource("regioner.csv")
            .Select(fields => new Region(fields[0], fields[1]))
            .ToList();
        var regionsByCode = regions.ToDictionary(r => r.Code, StringComparer.Ordinal);
        var municipalities = ReadResource("kommuner.csv")
            .Select(fields => new Municipality(fields[0], fields[1], fields[2], regionsByCode[fields[3]]))
            .ToList();
        return new MunicipalityRegister(regions, municipalities);
    }

    // The register files are plain ';'-separated text without quoting, written by us; no CSV library needed.
    private static IEnumerable<string[]> ReadResource(string fileName)
    {
        var assembly = typeof(MunicipalityRegister).Assembly;
        using var stream = assembly.GetManifestResourceStream("BedreBalance.Domain.Register." + fileName)
            ?? throw new InvalidOperationException($"The register file {fileName} is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var lines = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Skip(1).Select(line => line.Split(';')).ToList();
    }
}
