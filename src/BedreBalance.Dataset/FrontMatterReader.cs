using System.Globalization;
using BedreBalance.Domain;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BedreBalance.Dataset;

/// <summary>The front matter of brev.md: the letter's fixed facts as YAML lines "name: value" between two "---" lines.</summary>
public static class FrontMatterReader
{
    /// <summary>The names of the facts, as brev.md spells them.</summary>
    public static class Fields
    {
        public const string Date = "dato";
        public const string Status = "status";
        public const string Minister = "minister";
        public const string MinisterTitle = "ministertitel";
        public const string Subject = "emne";
        public const string Language = "sprog";
        public const string Figures = "tal";
        public const string Deviations = "afvigelser";
        public const string DeviationMunicipality = "kommune";
        public const string DeviationRegion = "region";
    }

    /// <param name="firstLine">The file's line number of the YAML's first line, for diagnostics.</param>
    public static LetterFields? Read(string yaml, string fileName, int firstLine, List<Diagnostic> diagnostics)
    {
        SourceLocation At(Mark mark) => new(fileName, firstLine + (int)mark.Line - 1);

        // YamlDotNet reads nesting by recursion: bounded here, before it can run out of stack.
        if (!WithinNesting(yaml, fileName, firstLine, diagnostics))
        {
            return null;
        }
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            diagnostics.Add(Diagnostic.Error(At(e.Start), null, $"The facts at the top cannot be read: {AsSentence(e.Message)}"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some malformed input (e.g. "{{" before a key) instead of
            // raising a YamlException; it is still a problem in the file, not in the program.
            diagnostics.Add(Diagnostic.Error(new SourceLocation(fileName, firstLine), null,
                "The facts at the top cannot be read: check that each line is \"name: value\" and that no line has stray { } or quotes."));
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(fileName, firstLine), null,
                "The facts at the top must be lines of the form \"name: value\"."));
            return null;
        }

        // Escapes such as "\x01" or "\ud800" put into a value what the file's own characters could not.
        if (!WithoutControlCharacters(root, At, diagnostics))
        {
            return null;
        }

        var values = new Dictionary<string, (YamlNode Node, SourceLocation At)>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = ((keyNode as YamlScalarNode)?.Value ?? "").Trim();
            values[key] = (valueNode, At(keyNode.Start));
            if (key is not (Fields.Date or Fields.Status or Fields.Minister or Fields.MinisterTitle or Fields.Subject or Fields.Language or Fields.Figures or Fields.Deviations or PageMarginsReader.Field))
            {
                diagnostics.Add(Diagnostic.Warning(At(keyNode.Start), key,
                    $"\"{key}\" is not a field the letter uses; known fields: dato, status, minister, ministertitel, emne, sprog, tal, afvigelser, side."));
            }
        }

        var headerAt = new SourceLocation(fileName, firstLine);
        string? Text(string name, string? fallback = null)
        {
            if (values.TryGetValue(name, out var entry) && entry.Node is YamlScalarNode { Value: { } value } && value.Trim().Length > 0)
            {
                if (value.Trim().Contains('\n'))
                {
                    // A block scalar (|) or an escaped \n: the letter prints each fact on one line.
                    diagnostics.Add(Diagnostic.Error(entry.At, name, ReadingMessages.FactOnOneLine(name)));
                    return null;
                }
                return value.Trim();
            }
            if (fallback is not null) return fallback;
            var at = values.TryGetValue(name, out var present) ? present.At : headerAt;
            diagnostics.Add(Diagnostic.Error(at, name, $"The field \"{name}\" is missing or empty."));
            return null;
        }

        var dateText = Text(Fields.Date);
        DateOnly? date = null;
        if (dateText is not null)
        {
            if (DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                date = parsed;
            }
            else
            {
                diagnostics.Add(Diagnostic.Error(values[Fields.Date].At, Fields.Date, $"\"{dateText}\" is not a date written as year-month-day, such as 2019-01-28."));
            }
        }
        var status = Text(Fields.Status);
        // The same check as new-followup's --status, so that what validate and generate accept is what it writes.
        if (status is not null && !FollowUpMonth.TryParse(status, out _, out var statusProblem))
        {
            diagnostics.Add(Diagnostic.Error(values[Fields.Status].At, Fields.Status, statusProblem));
            status = null;
        }
        var minister = Text(Fields.Minister);
        var ministerTitle = Text(Fields.MinisterTitle);
        var subject = Text(Fields.Subject);
        var language = Text(Fields.Language, fallback: "da-DK")!;
        var figures = ReadFigures(values.GetValueOrDefault(Fields.Figures), At, diagnostics);
        var deviations = ReadDeviations(values.GetValueOrDefault(Fields.Deviations), At, diagnostics);
        var margins = values.TryGetValue(PageMarginsReader.Field, out var side) ? PageMarginsReader.Read(side.Node, side.At, At, diagnostics) : null;

        if (date is null || status is null || minister is null || ministerTitle is null || subject is null)
        {
            return null;
        }
        return new LetterFields(date.Value, status, minister, ministerTitle, subject, language, figures, deviations) { Margins = margins };
    }

    private static List<NamedFigure> ReadFigures((YamlNode Node, SourceLocation At) entry, Func<Mark, SourceLocation> at, List<Diagnostic> diagnostics)
    {
        var figures = new List<NamedFigure>();
        if (entry.Node is null)
        {
            return figures;
        }
        if (entry.Node is not YamlMappingNode mapping)
        {
            diagnostics.Add(Diagnostic.Error(entry.At, Fields.Figures, "\"tal\" must list figures as indented lines \"name: number\"."));
            return figures;
        }
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var name = ((keyNode as YamlScalarNode)?.Value ?? "").Trim();
            var value = (valueNode as YamlScalarNode)?.Value ?? "";
            var location = at(keyNode.Start);
            var number = FieldParsers.WholeNumber(value, location, $"{Fields.Figures}.{name}", "WhatFigure", diagnostics);
            if (number is not null)
            {
                figures.Add(new NamedFigure(name, number.Value, location));
            }
        }
        return figures;
    }

    private static List<AcknowledgedDeviation> ReadDeviations((YamlNode Node, SourceLocation At) entry, Func<Mark, SourceLocation> at, List<Diagnostic> diagnostics)
    {
        var deviations = new List<AcknowledgedDeviation>();
        if (entry.Node is null)
        {
            return deviations;
        }
        const string Shape = "\"afvigelser\" must list entries as \"- kommune: <name as in tabel1.csv>\" with \"region: <region it is printed under>\" on the next line.";
        if (entry.Node is not YamlSequenceNode sequence)
        {
            diagnostics.Add(Diagnostic.Error(entry.At, Fields.Deviations, Shape));
            return deviations;
        }
        foreach (var item in sequence.Children)
        {
            string? Value(string key) =>
                item is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out var node)
                    ? ((node as YamlScalarNode)?.Value ?? "").Trim() is { Length: > 0 } text ? text : null
                    : null;
            var municipality = Value(Fields.DeviationMunicipality);
            var region = Value(Fields.DeviationRegion);
            if (municipality is null || region is null)
            {
                diagnostics.Add(Diagnostic.Error(at(item.Start), Fields.Deviations, Shape));
                continue;
            }
            deviations.Add(new AcknowledgedDeviation(municipality, region, at(item.Start)));
        }
        return deviations;
    }

    /// <summary>
    /// Refuses front matter nested deeper than <see cref="DatasetLimits.MaximumNestingDepth"/>: open flow brackets
    /// ([ and { outside quotes), "- " items within items on one line, and indentation beyond
    /// <see cref="DatasetLimits.MaximumIndentation"/> spaces. The facts need three levels.
    /// </summary>
    private static bool WithinNesting(string yaml, string fileName, int firstLine, List<Diagnostic> diagnostics)
    {
        var lines = yaml.Split('\n');
        var depth = 0;
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n];
            var at = new SourceLocation(fileName, firstLine + n);
            var indentation = line.Length - line.TrimStart(' ').Length;
            if (indentation > DatasetLimits.MaximumIndentation)
            {
                diagnostics.Add(Diagnostic.Error(at, null, ReadingMessages.IndentedTooFar(indentation)));
                return false;
            }
            var items = 0;
            for (var i = indentation; i + 1 < line.Length && line[i] is '-' or '?' && line[i + 1] == ' '; i += 2)
            {
                while (i + 2 < line.Length && line[i + 2] == ' ') i++;
                if (++items > DatasetLimits.MaximumNestingDepth)
                {
                    diagnostics.Add(Diagnostic.Error(at, null, ReadingMessages.NestedTooDeeply(items: true)));
                    return false;
                }
            }
            char? quote = null;
            foreach (var c in line)
            {
                if (quote is not null)
                {
                    if (c == quote) quote = null;
                    continue;
                }
                switch (c)
                {
                    case '"' or '\'':
                        quote = c;
                        break;
                    case '#':
                        goto nextLine; // A comment: nothing after it counts (a '#' inside a word is rare enough to over-count safely).
                    case '[' or '{' when ++depth > DatasetLimits.MaximumNestingDepth:
                        diagnostics.Add(Diagnostic.Error(at, null, ReadingMessages.NestedTooDeeply(items: false)));
                        return false;
                    case ']' or '}':
                        depth = Math.Max(0, depth - 1);
                        break;
                }
            }
        nextLine:;
        }
        return true;
    }

    /// <summary>Every scalar of the front matter (keys included) without control characters, or an error at its line.</summary>
    private static bool WithoutControlCharacters(YamlNode root, Func<Mark, SourceLocation> at, List<Diagnostic> diagnostics)
    {
        var clean = true;
        foreach (var scalar in root.AllNodes.OfType<YamlScalarNode>())
        {
            var value = scalar.Value ?? "";
            var index = TextFile.IndexOfRefused(value.Replace("\n", " ", StringComparison.Ordinal));
            if (index >= 0)
            {
                diagnostics.Add(Diagnostic.Error(at(scalar.Start), null, ReadingMessages.ControlCharacterInValue(value[index])));
                clean = false;
            }
        }
        return clean;
    }

    /// <summary>YamlDotNet's messages, which do not always end as a sentence ("Duplicate key tal").</summary>
    private static string AsSentence(string message)
    {
        message = message.Trim();
        if (message.StartsWith("Duplicate key ", StringComparison.Ordinal))
        {
            return ReadingMessages.DuplicateFact(message["Duplicate key ".Length..]);
        }
        return message.Length > 0 && message[^1] is '.' or '?' or '!' ? message : message + ".";
    }
}
