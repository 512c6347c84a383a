using System.Globalization;

namespace BedreBalance.Domain;

/// <summary>
/// Danish conventions for numbers, dates and lists, written out here rather than taken from a culture:
/// the output must not depend on the machine's ICU data or globalization settings.
/// </summary>
public static class DanishText
{
    private static readonly string[] Months =
        ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];

    private static readonly string[] Units =
        ["nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti",
         "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"];

    // Danish tens are vigesimal: halvtreds = 50, tres = 60, halvfjerds = 70, firs = 80, halvfems = 90.
    private static readonly string[] Tens =
        ["", "", "tyve", "tredive", "fyrre", "halvtreds", "tres", "halvfjerds", "firs", "halvfems"];

    /// <summary>"januar" … "december", in calendar order: the names a follow-up month is written with.</summary>
    public static IReadOnlyList<string> MonthNames { get; } = Array.AsReadOnly(Months);

    /// <summary>2872 → "2.872"; -12 → "-12".</summary>
    /// <remarks>
    /// Called for every row of a table: the invariant "N0" (the same digits and groups as "#,0", but a standard
    /// format, much cheaper than a custom one) is written into a buffer and the separators swapped there, one string.
    /// </remarks>
    public static string Number(long value)
    {
        Span<char> text = stackalloc char[32]; // long.MinValue is 26 characters with its separators
        value.TryFormat(text, out var length, "N0", CultureInfo.InvariantCulture);
        text = text[..length];
        text.Replace(',', '.');
        return new string(text);
    }

    /// <summary>2019-01-28 → "28. januar 2019".</summary>
    public static string Date(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day}. {Months[date.Month - 1]} {date.Year}");

    /// <summary>["A", "B", "C"] → "A, B og C".</summary>
    public static string JoinList(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " og " + items[^1],
    };

    /// <summary>
    /// A count as the letter writes it in words ("ni nye uddannelsesstationer"), 0 to 999;
    /// larger counts are written in digits, as Danish style does anyway.
    /// </summary>
    public static string NumberInWords(int value)
    {
        if (value is < 0 or > 999)
        {
            return Number(value);
        }
        if (value < Units.Length)
        {
            return Units[value];
        }
        if (value < 100)
        {
            var unit = value % 10;
            var tens = Tens[value / 10];
            return unit == 0 ? tens : Units[unit] + "og" + tens;
        }
        var hundreds = value / 100;
        var rest = value % 100;
        var head = (hundreds == 1 ? "et" : Units[hundreds]) + "hundrede";
        return rest == 0 ? head : head + " og " + NumberInWords(rest);
    }
}
