using Microsoft.IO;

namespace BedreBalance.Rendering.Pdf.PdfSharpBackend;

/// <summary>
/// The pool the saved PDF lives in: small blocks that are reused, so a growing file is never copied into ever
/// larger arrays on the large-object heap (each such copy cost a full collection at 10.000 rows and more).
/// The pool keeps at most 16 MB of free blocks: enough for the saved file of a 10.000-row letter to be reused by the
/// next one, while the blocks of a larger file go back to the collector once it is written, instead of staying
/// reserved beside the Word document that is rendered next (the pool's default keeps every block forever).
/// Blocks are 64 KB, under the large-object heap's 85.000 bytes: the pool's default 128 KB blocks were large
/// objects, and at 99.999 rows (then two buffers of 30–35 MB; since the PDF is written in one pass, only PDFsharp's
/// saved file is held) the PDF's GC pauses were twice as long (2.9 s against
/// 1.4 s, `bedrebalance-scaled stages`, the same collections).
/// </summary>
internal static class PdfBuffers
{
    private const long MaximumFreeBytes = 16 * 1024 * 1024;

    public static readonly RecyclableMemoryStreamManager Manager = new(new RecyclableMemoryStreamManager.Options
    {
        BlockSize = 64 * 1024,
        MaximumSmallPoolFreeBytes = MaximumFreeBytes,
        MaximumLargePoolFreeBytes = MaximumFreeBytes,
    });
}
