using System.Collections.Concurrent;
using BedreBalance.Rendering.Pdf.Layout;
using PdfSharp.Fonts;

namespace BedreBalance.Rendering.Pdf.PdfSharpBackend;

/// <summary>
/// Serves the carried typefaces (<see cref="PdfTypeface"/>) from this assembly's resources, so the PDF looks the same
/// on every machine, fonts installed or not. Liberation Serif comes in all four faces; the families a Word template
/// may ask for carry regular, bold and italic only, and bold italic is bold slanted by PDFsharp.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    private static readonly ConcurrentDictionary<string, byte[]> Faces = new(StringComparer.Ordinal);
    private static readonly Lock InstallGate = new();

    public static string FaceName(PdfTypeface typeface, FontFace face) =>
        typeface.FamilyName().Replace(" ", "", StringComparison.Ordinal) + "-" + face;

    private static bool HasBoldItalic(PdfTypeface typeface) => typeface == PdfTypeface.LiberationSerif;

    /// <summary>Registers the resolver with PDFsharp once per process; PDFsharp allows a single global resolver.</summary>
    public static void EnsureInstalled()
    {
        lock (InstallGate)
        {
            if (GlobalFontSettings.FontResolver is EmbeddedFontResolver) return;
            if (GlobalFontSettings.FontResolver is not null)
            {
                throw new InvalidOperationException(
                    $"Another PDFsharp font resolver ({GlobalFontSettings.FontResolver.GetType().Name}) is installed; the letter needs {nameof(EmbeddedFontResolver)}.");
            }
            GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        foreach (var typeface in Enum.GetValues<PdfTypeface>())
        {
            if (!string.Equals(familyName, typeface.FamilyName(), StringComparison.OrdinalIgnoreCase)) continue;
            var face = FontSpec.FaceOf(bold, italic);
            return face == FontFace.BoldItalic && !HasBoldItalic(typeface)
                ? new FontResolverInfo(FaceName(typeface, FontFace.Bold), mustSimulateBold: false, mustSimulateItalic: true)
                : new FontResolverInfo(FaceName(typeface, face));
        }
        return null;
    }

    public byte[]? GetFont(string faceName) => Faces.GetOrAdd(faceName, ReadResource);

    /// <summary>The font file of a face (<see cref="FaceName"/>), read where it lies in the assembly.</summary>
    public static Stream OpenFace(string faceName)
    {
        var assembly = typeof(EmbeddedFontResolver).Assembly;
        var name = $"BedreBalance.Rendering.Pdf.Fonts.{faceName}.ttf";
        return assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Font resource {name} is missing from {assembly.GetName().Name}.");
    }

    // The file in one array of its exact length, without a growing buffer and a copy of it.
    private static byte[] ReadResource(string faceName)
    {
        using var stream = OpenFace(faceName);
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
