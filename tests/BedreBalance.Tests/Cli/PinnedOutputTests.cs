using System.Security.Cryptography;
using BedreBalance.Cli;
using Xunit;

namespace BedreBalance.Tests.Cli;

/// <summary>
/// The shipped letter's two files, pinned by SHA-256: the same dataset must give the same bytes on every machine
/// (x64 or arm64, any culture, any time zone). A machine whose deflate, CRC, number formatting or font subsetting
/// differed would fail here, where the snapshots, which compare content, would not.
/// </summary>
public sealed class PinnedOutputTests
{
    private const string PdfSha256 = "7cc4d33e604757a508f9f41020a864a669a53396d01998d8aa5efbe55a180746";
    private const string DocxSha256 = "38177be052f6515dc7680b7d75cb6d53a28ab098da45acf4c79eb049dd2c96c2";

    private const string WhenItChanges =
        "If this change is intended (a reviewed change of content, layout, style or packaging, with its snapshots " +
        "updated), put the new hash above in PinnedOutputTests; when merging branches that each change output, the " +
        "lead engineer pins the hash of the merged result. If nothing meant to change the output, the bytes now " +
        "depend on something outside the data (machine, CPU, culture, clock): find it before touching the pin.";

    [Fact]
    public void The_shipped_letter_gives_the_pinned_bytes()
    {
        using var folder = new TemporaryFolder();
        var result = Generator.Generate(RepositoryPaths.Spm346Dataset, folder.Path, OutputFormat.All);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Null(result.WriteError);

        var pdf = Sha256(folder.Combine("spm-346.pdf"));
        var docx = Sha256(folder.Combine("spm-346.docx"));
        Assert.True(pdf == PdfSha256 && docx == DocxSha256,
            $"The shipped letter's files have other bytes than pinned.\n" +
            $"  spm-346.pdf:  {pdf}{(pdf == PdfSha256 ? " (as pinned)" : $", pinned {PdfSha256}")}\n" +
            $"  spm-346.docx: {docx}{(docx == DocxSha256 ? " (as pinned)" : $", pinned {DocxSha256}")}\n" +
            WhenItChanges);
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
