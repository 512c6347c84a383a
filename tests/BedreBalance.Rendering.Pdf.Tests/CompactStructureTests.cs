using System.Text.RegularExpressions;

namespace BedreBalance.Rendering.Pdf.Tests;

/// <summary>
/// Structure elements are written without their optional /Type (a tenth of a 10.000-row file); every element must
/// still be reachable from the structure tree's root and say what it is (/S) and whose child it is (/P).
/// </summary>
public class CompactStructureTests
{
    [Fact]
    public void Structure_elements_have_no_type_key_and_the_tree_still_reaches_every_one()
    {
        var raw = PdfReadBack.Render(TestLetter.Create()).Raw;
        var objects = Regex.Matches(raw, @"\n(\d+) 0 obj\n(.*?)\nendobj", RegexOptions.Singleline)
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        var elements = objects.Where(o => Regex.IsMatch(o.Value, @"^<</P \d+ 0 R/S/\w+")).Select(o => o.Key).ToHashSet();

        Assert.DoesNotContain("/StructElem", raw, StringComparison.Ordinal);
        Assert.Contains("/Type/StructTreeRoot", raw, StringComparison.Ordinal);
        Assert.True(elements.Count > 100, $"{elements.Count} structure elements");

        var root = objects.Single(o => o.Value.Contains("/Type/StructTreeRoot", StringComparison.Ordinal)).Key;
        var reached = new HashSet<string>();
        var pending = new Stack<(string Object, string Parent)>(Children(objects[root]).Select(child => (child, root)));
        while (pending.TryPop(out var next))
        {
            Assert.True(elements.Contains(next.Object), $"object {next.Object} is a child in the tree but not a structure element");
            Assert.StartsWith($"<</P {next.Parent} 0 R/S/", objects[next.Object], StringComparison.Ordinal);
            Assert.True(reached.Add(next.Object), $"object {next.Object} is reached twice");
            foreach (var child in Children(objects[next.Object]))
            {
                pending.Push((child, next.Object));
            }
        }
        Assert.Equal(elements.Order(), reached.Order());
    }

    /// <summary>The indirect references in an element's /K: its child elements (marked content is by number).</summary>
    private static IEnumerable<string> Children(string dictionary)
    {
        var k = Regex.Match(dictionary, @"/K(\[[^\]]*\]| \d+ 0 R)");
        return k.Success ? Regex.Matches(k.Groups[1].Value, @"(\d+) 0 R").Select(m => m.Groups[1].Value) : [];
    }
}
