using System.Globalization;
using System.Text.RegularExpressions;

namespace BedreBalance.Rendering.Pdf.PdfSharpBackend;

/// <summary>
/// Just enough of PDF's object syntax to find where a value ends and to read and set a dictionary's top-level
/// entries, so that nested dictionaries, strings with brackets and names with escapes never confuse a rewrite.
/// </summary>
internal static partial class PdfSyntax
{
    [GeneratedRegex(@"^(\d+)\s+(\d+)\s+R$")]
    private static partial Regex Reference();

    public static bool IsWhitespace(char c) => c is ' ' or '\n' or '\r' or '\t' or '\f' or '\0';

    private static bool IsDelimiter(char c) => c is '(' or ')' or '<' or '>' or '[' or ']' or '{' or '}' or '/' or '%';

    public static int SkipWhitespace(string text, int position)
    {
        while (position < text.Length)
        {
            if (IsWhitespace(text[position]))
            {
                position++;
            }
            else if (text[position] == '%')
            {
                while (position < text.Length && text[position] is not ('\n' or '\r')) position++;
            }
            else
            {
                break;
            }
        }
        return position;
    }

    /// <summary>The position just after the value that starts at <paramref name="position"/>; "12 0 R" counts as one value.</summary>
    public static int SkipValue(string text, int position)
    {
        position = SkipWhitespace(text, position);
        if (position >= text.Length) throw new InvalidDataException("A PDF value was expected, the text ended.");
        switch (text[position])
        {
            case '<' when position + 1 < text.Length && text[position + 1] == '<':
                position += 2;
                while (true)
                {
                    position = SkipWhitespace(text, position);
                    if (position + 1 < text.Length && text[position] == '>' && text[position + 1] == '>') return position + 2;
                    position = SkipValue(text, position);
                }
            case '<':
                var close = text.IndexOf('>', position);
                return close < 0 ? throw new InvalidDataException("A hex string does not end.") : close + 1;
            case '[':
                position++;
                while (true)
                {
                    position = SkipWhitespace(text, position);
                    if (position < text.Length && text[position] == ']') return position + 1;
                    position = SkipValue(text, position);
                }
            case '(':
                return SkipLiteralString(text, position);
            case '/':
                return SkipRegular(text, position + 1);
            default:
                var end = SkipRegular(text, position);
                if (end == position) throw new InvalidDataException($"Unexpected '{text[position]}' in a PDF value.");
                return char.IsAsciiDigit(text[position]) && ReferenceTail(text, end) is var tail and > 0 ? tail : end;
        }
    }

    /// <summary>The top-level entries of the dictionary "&lt;&lt;…&gt;&gt;": key without its slash, value as written.</summary>
    public static Dictionary<string, string> Entries(string dictionary)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, valueStart, valueEnd) in EntrySpans(dictionary))
        {
            entries[key] = dictionary[valueStart..valueEnd];
        }
        return entries;
    }

    /// <summary>The dictionary with <paramref name="key"/> set to <paramref name="value"/>: replaced in place, or added at the end.</summary>
    public static string WithEntry(string dictionary, string key, string value)
    {
        foreach (var (name, valueStart, valueEnd) in EntrySpans(dictionary))
        {
            if (name == key)
            {
                // A space keeps "/Length 12" a name followed by a number, whatever came before.
                return dictionary[..valueStart] + (valueStart > 0 && !IsWhitespace(dictionary[valueStart - 1]) && !IsDelimiter(value[0]) ? " " : "")
                    + value + dictionary[valueEnd..];
            }
        }
        var close = dictionary.LastIndexOf(">>", StringComparison.Ordinal);
        return dictionary[..close] + "/" + key + (IsDelimiter(value[0]) ? "" : " ") + value + dictionary[close..];
    }

    /// <summary>The object number of an indirect reference "12 0 R", or null if <paramref name="value"/> is not one.</summary>
    public static int? ReferencedObject(string? value)
    {
        var match = value is null ? null : Reference().Match(value.Trim());
        return match is { Success: true } ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The numbers and sub-arrays of an array "[…]", each as written.</summary>
    public static List<string> ArrayItems(string array)
    {
        var items = new List<string>();
        var position = SkipWhitespace(array, 0);
        if (position >= array.Length || array[position] != '[') throw new InvalidDataException("Not an array.");
        position++;
        while (true)
        {
            position = SkipWhitespace(array, position);
            if (position >= array.Length) throw new InvalidDataException("An array does not end.");
            if (array[position] == ']') return items;
            var end = SkipValue(array, position);
            items.Add(array[position..end]);
            position = end;
        }
    }

    private static IEnumerable<(string Key, int ValueStart, int ValueEnd)> EntrySpans(string dictionary)
    {
        var position = SkipWhitespace(dictionary, 0);
        if (!dictionary.AsSpan(position).StartsWith("<<", StringComparison.Ordinal)) throw new InvalidDataException("Not a dictionary.");
        position += 2;
        while (true)
        {
            position = SkipWhitespace(dictionary, position);
            if (dictionary.AsSpan(position).StartsWith(">>", StringComparison.Ordinal)) yield break;
            if (dictionary[position] != '/') throw new InvalidDataException("A dictionary key is not a name.");
            var keyEnd = SkipRegular(dictionary, position + 1);
            var key = dictionary[(position + 1)..keyEnd];
            var valueStart = SkipWhitespace(dictionary, keyEnd);
            var valueEnd = SkipValue(dictionary, valueStart);
            yield return (key, valueStart, valueEnd);
            position = valueEnd;
        }
    }

    /// <summary>After a number at <paramref name="position"/>: the end of " 0 R" if it follows (an indirect reference), else 0.</summary>
    private static int ReferenceTail(string text, int position)
    {
        // Written by hand rather than as a regex: it runs for every number of a file with a hundred thousand objects.
        var i = position;
        var spaces = i;
        while (i < text.Length && IsWhitespace(text[i])) i++;
        if (i == spaces) return 0;
        var digits = i;
        while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        if (i == digits) return 0;
        spaces = i;
        while (i < text.Length && IsWhitespace(text[i])) i++;
        if (i == spaces || i >= text.Length || text[i] != 'R') return 0;
        return i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]) ? 0 : i + 1;
    }

    /// <summary>The non-negative integer written at <paramref name="position"/> and where it ends, or (-1, position).</summary>
    public static (long Value, int End) ReadInteger(ReadOnlySpan<char> text, int position)
    {
        var i = position;
        long value = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]) && i - position < 18) value = value * 10 + (text[i++] - '0');
        return i == position ? (-1, position) : (value, i);
    }

    private static int SkipRegular(string text, int position)
    {
        while (position < text.Length && !IsWhitespace(text[position]) && !IsDelimiter(text[position])) position++;
        return position;
    }

    private static int SkipLiteralString(string text, int position)
    {
        var depth = 0;
        for (var i = position; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++;
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    if (--depth == 0) return i + 1;
                    break;
            }
        }
        throw new InvalidDataException("A literal string does not end.");
    }
}
