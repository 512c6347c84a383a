using BedreBalance.Domain;
using BedreBalance.Letter.FollowUp;
using Xunit;

namespace BedreBalance.Tests.FollowUp;

public class LetterSentencesTests
{
    [Fact]
    public void Splits_at_sentence_ends_but_not_at_abbreviations_dates_or_numbers()
    {
        const string text = "V-regeringen præsenterede 1. oktober 2015 en plan for at flytte ca. 3.900\nstatslige arbejdspladser; den såkaldte Bedre Balance I. I januar 2018 kom Bedre Balance II. Endelig er der etableret ni nye uddannelsesstationer, jf. tabel 3.";
        Assert.Equal(
            [
                "V-regeringen præsenterede 1. oktober 2015 en plan for at flytte ca. 3.900 statslige arbejdspladser; den såkaldte Bedre Balance I.",
                "I januar 2018 kom Bedre Balance II.",
                "Endelig er der etableret ni nye uddannelsesstationer, jf. tabel 3.",
            ],
            LetterSentences.Split(text));
    }

    [Fact]
    public void A_note_keeps_its_marker_and_empty_text_has_no_sentences()
    {
        Assert.Equal(["Anm.: 1) En række institutioner flytter.", "I disse tilfælde er det et skøn."],
            LetterSentences.Split("Anm.: 1) En række institutioner flytter. I disse tilfælde er det et skøn."));
        Assert.Empty(LetterSentences.Split("  "));
    }

    [Fact]
    public void Alignment_pairs_a_changed_sentence_with_its_former_self_after_an_inserted_one()
    {
        string[] before = ["Spørgsmål.", "Der er 4.800.", "Tak."];
        string[] after = ["Spørgsmål.", "Ny sætning.", "Der er 5.007.", "Tak."];

        var pairs = SequenceAlignment.Align(before, after);

        Assert.Equal([(0, 0), (1, 1), (null, 2), (2, 3)], pairs);
    }
}
