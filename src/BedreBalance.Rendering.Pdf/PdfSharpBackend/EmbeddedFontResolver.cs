using System.Reflection;
using BedreBalance.Rendering.Pdf.Layout;
using PdfSharp.Fonts;

namespace BedreBalance.Rendering.Pdf.PdfSharpBackend;

/// <summary>
/// Serves Liberation Serif (metric-compatible with Times New Roman, which the Word document names)
/// from this assembly's resources, so the PDF looks the same on every machine, fonts installed or not.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    public const string FamilyName = "Liberation Serif";

    private static readonly Lazy<IReadOnlyDictionary<string, byte[]>> Faces = new(LoadFaces);
    private static readonly Lock InstallGate = new();

    public static string FaceName(FontFace face) => "LiberationSerif-" + face;

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

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        string.Equals(familyName, FamilyName, StringComparison.OrdinalIgnoreCase)
            ? new FontResolverInfo(FaceName(FontSpec.FaceOf(bold, italic)))
            : null;

    public byte[]? GetFont(string faceName) => Faces.Value.GetValueOrDefault(faceName);

    private static IReadOnlyDictionary<string, byte[]> LoadFaces()
    {
        var assembly = typeof(EmbeddedFontResolver).Assembly;
        return Enum.GetValues<FontFace>().ToDictionary(FaceName, face => ReadResource(assembly, FaceName(face)));
    }

    private static byte[] ReadResource(Assembly assembly, string faceName)
    {
        var name = $"BedreBalance.Rendering.Pdf.Fonts.{faceName}.ttf";
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Font resource {name} is missing from {assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
