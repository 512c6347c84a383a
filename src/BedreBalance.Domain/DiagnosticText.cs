using System.Globalization;
using System.Text;

namespace BedreBalance.Domain;

/// <summary>
/// Keeps what a message echoes from the data readable and bounded, whichever check wrote it: a value of thousands of
/// characters is shortened to its start, a control character is shown by its code instead of moving the terminal's
/// cursor or ringing its bell, and no message grows beyond a screenful.
/// </summary>
public static class DiagnosticText
{
    /// <summary>How much of a quoted value ("…" or {{…}}) a message shows.</summary>
    public const int MaximumEcho = 60;

    /// <summary>The longest message; beyond it the rest is cut (a note naming thousands of rows, say).</summary>
    public const int MaximumMessage = 1_000;

    public static string Tidy(string message)
    {
        if (message.Length <= MaximumEcho && !message.Any(IsInvisible))
        {
            return message;
        }
        var text = new StringBuilder(Math.Min(message.Length, MaximumMessage + 8));
        var quoteStart = -1; // Where the current "…" or {{…}} began in the output, or -1 outside one.
        string? closing = null;
        for (var i = 0; i < message.Length; i++)
        {
            if (text.Length >= MaximumMessage)
            {
                return text.Append(' ').Append(DomainText.Get("RestLeftOut")).ToString();
            }
            if (closing is null && (message[i] == '"' || string.CompareOrdinal(message, i, "{{", 0, 2) == 0))
            {
                closing = message[i] == '"' ? "\"" : "}}";
                text.Append(message, i, closing.Length);
                i += closing.Length - 1;
                quoteStart = text.Length;
                continue;
            }
            if (closing is not null && string.CompareOrdinal(message, i, closing, 0, closing.Length) == 0)
            {
                text.Append(closing);
                i += closing.Length - 1;
                closing = null;
                continue;
            }
            if (closing is not null && text.Length - quoteStart >= MaximumEcho)
            {
                // Skip to the end of the quoted value, and say that something was left out. A quote that is never
                // closed was a quote character inside a value: the rest is the message's own text.
                var end = message.IndexOf(closing, i, StringComparison.Ordinal);
                if (end >= 0)
                {
                    text.Append('…');
                    i = end - 1;
                    continue;
                }
                closing = null;
            }
            var c = message[i];
            if (IsInvisible(c) && !(char.IsHighSurrogate(c) && i + 1 < message.Length && char.IsLowSurrogate(message[i + 1])) &&
                !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(message[i - 1])))
            {
                text.Append("<U+").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('>');
                continue;
            }
            text.Append(c);
        }
        return text.ToString();
    }

    /// <summary>Control characters, the non-characters U+FFFE and U+FFFF, and (when alone) halves of surrogate pairs.</summary>
    private static bool IsInvisible(char c) => c < ' ' || c is '\u007F' or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c);
}
