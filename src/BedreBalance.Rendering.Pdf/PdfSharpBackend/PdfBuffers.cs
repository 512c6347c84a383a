using Microsoft.IO;

namespace BedreBalance.Rendering.Pdf.PdfSharpBackend;

/// <summary>
/// The pool the saved PDF lives in: small blocks that are reused, so a growing file is never copied into ever
/// larger arrays on the large-object heap (each such copy cost a full collection at 10.000 rows and more).
/// </summary>
internal static class PdfBuffers
{
    public static readonly RecyclableMemoryStreamManager Manager = new();
}
