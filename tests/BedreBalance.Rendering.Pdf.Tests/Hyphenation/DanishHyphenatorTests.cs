using BedreBalance.Rendering.Pdf.Hyphenation;

namespace BedreBalance.Rendering.Pdf.Tests.Hyphenation;

public class DanishHyphenatorTests
{
    private static readonly DanishHyphenator Hyphenator = DanishHyphenator.Instance;

    /// <summary>The word with a "-" at every place it may break, e.g. "ar-bejds-plad-ser".</summary>
    private static string Hyphenated(string word)
    {
        var text = word;
        foreach (var point in Hyphenator.Breaks(word).Reverse())
        {
            text = point.AddsHyphen ? text.Insert(point.Index, "-") : text.Insert(point.Index, "|");
        }
        return text;
    }

    // The published letter's own line-end breaks (tests/reference/svar-spm-346.txt): the patterns allow each.
    [Theory]
    [InlineData("arbejdspladser", 7)]     // arbejds-pladser
    [InlineData("Baggrunden", 7)]         // Baggrun-den
    [InlineData("balance", 5)]            // balan-ce
    [InlineData("hovedstadsområdet", 5)]  // hoved-stadsområdet
    [InlineData("specifikke", 8)]         // specifik-ke
    [InlineData("flytninger", 4)]         // flyt-ninger
    public void Allows_the_breaks_of_the_published_letter(string word, int published)
    {
        Assert.Contains(new WordBreak(published, AddsHyphen: true), Hyphenator.Breaks(word));
    }

    // Hard Danish words: compounds (the joint "s"), "sj", "-ng-", "ae" and "æ"; checked against the Danish rules
    // (Retskrivningsordbogen: break between syllables, a consonant goes to the next syllable, compounds at their joint).
    [Theory]
    [InlineData("arbejdspladser", "ar-bejds-plad-ser")]
    [InlineData("uddannelsesstationer", "ud-dan-nel-ses-sta-tio-ner")]
    [InlineData("landsdele", "lands-de-le")]
    [InlineData("regeringen", "re-ge-rin-gen")]
    [InlineData("sjældent", "sjæl-dent")]
    [InlineData("kommunesammenlægning", "kom-mu-ne-sam-men-læg-ning")]
    [InlineData("hovedstadsområdet", "ho-ved-stads-om-rå-det")]
    [InlineData("præsenterede", "præ-sen-te-re-de")]
    [InlineData("Finansministeriets", "Fi-nans-mi-ni-ste-ri-ets")]
    public void Hyphenates_hard_danish_words_between_syllables(string word, string expected)
    {
        Assert.Equal(expected, Hyphenated(word));
    }

    [Theory]
    [InlineData("aerodynamik")] // "ae" at the start is a syllable joint the patterns know (.ae3)
    [InlineData("sjove")]
    [InlineData("længe")]
    public void Never_breaks_before_the_second_or_after_the_last_but_one_letter(string word)
    {
        Assert.All(Hyphenator.Breaks(word), point =>
        {
            Assert.InRange(point.Index, DanishHyphenator.MinLettersBefore, word.Length - DanishHyphenator.MinLettersAfter);
        });
    }

    [Theory]
    [InlineData("4.800")]
    [InlineData("2015")]
    [InlineData("Kommune1")]      // a word with its note marker
    [InlineData("f.eks.")]
    [InlineData("bl.a.")]
    [InlineData("ca.")]
    [InlineData("VLAK")]
    [InlineData("Alm.")]
    [InlineData("a")]
    [InlineData("")]
    public void Numbers_abbreviations_and_acronyms_stay_whole(string word)
    {
        Assert.Empty(Hyphenator.Breaks(word));
    }

    [Fact]
    public void A_word_with_its_own_hyphen_breaks_only_after_it()
    {
        Assert.Equal([new WordBreak(5, AddsHyphen: false)], Hyphenator.Breaks("VLAK-regeringen"));
        Assert.Equal([new WordBreak(6, AddsHyphen: false)], Hyphenator.Breaks("(VLAK-regeringen),"));
        Assert.Empty(Hyphenator.Breaks("kommune-")); // "kommune- og regionsniveau": nothing after the hyphen to break to
    }

    [Fact]
    public void Punctuation_around_a_word_is_kept_out_of_the_patterns()
    {
        Assert.Equal("(ho-ved-stads-om-rå-det),", Hyphenated("(hovedstadsområdet),"));
    }

    [Fact]
    public void Reads_every_pattern_of_the_danish_file()
    {
        // hyph_da_DK.dic: its first line names the encoding, then 1145 patterns.
        var stream = typeof(DanishHyphenator).Assembly.GetManifestResourceStream("BedreBalance.Rendering.Pdf.Hyphenation.hyph_da_DK.dic")!;
        Assert.Equal(1145, LiangPatterns.Read(stream).Count);
    }
}
