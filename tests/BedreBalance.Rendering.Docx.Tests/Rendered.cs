using BedreBalance.Document;

namespace BedreBalance.Rendering.Docx.Tests;

/// <summary>Renders documents for tests; the letter is rendered once and shared.</summary>
public static class Rendered
{
    private static readonly Lazy<byte[]> LetterBytes = new(() => Render(TestLetter.Create()));

    public static byte[] Letter => LetterBytes.Value;

    public static byte[] Render(LetterDocument document)
    {
        using var output = new MemoryStream();
        DocxRenderer.Render(document, output);
        return output.ToArray();
    }
}
