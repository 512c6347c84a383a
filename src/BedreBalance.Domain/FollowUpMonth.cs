using System.Globalization;
using System.Text.RegularExpressions;

namespace BedreBalance.Domain;

/// <summary>
/// The month of a status follow-up as the letter writes it ("november 2018"): a Danish month name in lower case
/// and a four-digit year. The letter prints it in the prose and in every table's subtitle.
/// </summary>
public sealed partial record FollowUpMonth(int Month, int Year) : IComparable<FollowUpMonth>
{
    /// <summary>Bedre Balance I was presented in October 2015; no follow-up can be older.</summary>
    public const int FirstYear = 2015;

    public const int LastYear = 2099;

    // Spaces and [0-9] only: \s would let a line break into the letter's status line, and \d matches Arabic-Indic
    // and other digits, which are no year the letter can print.
    [GeneratedRegex(@"^ *(?<month>\p{L}+) +(?<year>[0-9]{4}) *$")]
    private static partial Regex MonthAndYear();

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{DanishText.MonthNames[Month - 1]} {Year}");

    public int CompareTo(FollowUpMonth? other) =>
        other is null ? 1 : (Year, Month).CompareTo((other.Year, other.Month));

    public static bool operator <(FollowUpMonth? left, FollowUpMonth? right) => Compare(left, right) < 0;
    public static bool operator <=(FollowUpMonth? left, FollowUpMonth? right) => Compare(left, right) <= 0;
    public static bool operator >(FollowUpMonth? left, FollowUpMonth? right) => Compare(left, right) > 0;
    public static bool operator >=(FollowUpMonth? left, FollowUpMonth? right) => Compare(left, right) >= 0;

    private static int Compare(FollowUpMonth? left, FollowUpMonth? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    /// <summary>
    /// Reads "maj 2019" (any letter case). On failure <paramref name="problem"/> says why, in a sentence that names
    /// the expected form and, for a misspelt or English month, the nearest Danish one.
    /// </summary>
    public static bool TryParse(string text, out FollowUpMonth month, out string problem)
    {
        month = new FollowUpMonth(1, FirstYear);
        problem = "";
        var match = MonthAndYear().Match(text);
        if (!match.Success)
        {
            problem = DomainText.Format("NotAFollowUpMonth", text);
            return false;
        }
        var name = match.Groups["month"].Value.ToLowerInvariant();
        var index = DanishText.MonthNames.ToList().IndexOf(name);
        if (index < 0)
        {
            var nearest = EditDistance.Nearest(name, DanishText.MonthNames, count: 1, minimumReach: 2);
            var suggestion = nearest.Count > 0 ? " " + DomainText.Format("DidYouMeanMonth", nearest[0]) : "";
            problem = DomainText.Format("NotAMonthName", match.Groups["month"].Value, string.Join(", ", DanishText.MonthNames)) + suggestion;
            return false;
        }
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year is < FirstYear or > LastYear)
        {
            problem = DomainText.Format("ImplausibleYear", year, FirstYear);
            return false;
        }
        month = new FollowUpMonth(index + 1, year);
        return true;
    }
}
