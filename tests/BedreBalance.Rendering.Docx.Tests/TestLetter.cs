using BedreBalance.Document;

namespace BedreBalance.Rendering.Docx.Tests;

/// <summary>
/// The published answer to FIU spm. 346, transcribed from tests/reference/svar-spm-346.txt with the extraction
/// artifacts undone (hyphenation joined, the repeated table header dropped, note markers as superscripts).
/// A stand-in until the letter composer lands on this branch: then <see cref="Create"/> becomes the one line
/// <c>LetterComposer.ComposeFromDirectory(RepositoryPaths.Spm346Dataset).Document!</c> and this file goes.
/// </summary>
public static class TestLetter
{
    private const string Title = "Svar på Finansudvalgets spørgsmål nr. 346 (Alm. del) af 28. januar 2019";

    public static Document.Document Create() => new(
        new DocumentMetadata(
            Title: Title,
            Author: "Sophie Løhde",
            Subject: "Statslige arbejdspladser flyttet ud af hovedstadsområdet, Bedre Balance I og II (november 2018)",
            Language: "da-DK",
            // The question's date; the fixture has no other. The composer takes the date from the dataset.
            Created: new DateTimeOffset(2019, 1, 28, 0, 0, 0, TimeSpan.Zero)),
        PageGeometry.A4Letter,
        [
            new Heading(1, [new Run(Title)]),
            new Heading(2, [new Run("Spørgsmål")]),
            Text("Vil ministeren oplyse (i en tabel), hvor mange statslige arbejdspladser regeringen siden folketingsvalget i sommeren 2015 har udflyttet fra København til provinsen i alt og fordelt på landsdele og kommuner?"),
            new Heading(2, [new Run("Svar")]),
            Text("V-regeringen præsenterede 1. oktober 2015 en plan for at flytte ca. 3.900 statslige arbejdspladser til byer uden for hovedstadsområdet; den såkaldte Bedre Balance I. I januar 2018 præsenterede VLAK-regeringen en opfølgende plan, Bedre Balance II, hvor regeringen tog initiativ til at etablere yderligere ca. 4.000 statslige arbejdspladser og 10 uddannelsesstationer i byer uden for hovedstadsområdet. Baggrunden for begge planer var et politisk ønske om at skabe et Danmark i bedre balance."),
            Text("I alt tilføres der knap 8.000 statslige arbejdspladser og 10 uddannelsesstationer til 60 byer uden for hovedstadsområdet. Ved Finansministeriets senest gennemførte statusopfølgning på Bedre Balance I og II fra november 2018, var der flyttet og etableret 4.800 arbejdspladser og 9 uddannelsesstationer i 51 byer uden for hovedstadsområdet."),
            Text("Ud af de 4.800 flyttede og etablerede arbejdspladser kan 2.872 knyttes til specifikke byer. I tabel 1 præsenteres en oversigt over disse arbejdspladser på kommune- og regionsniveau."),
            Table1(),
            Text("De øvrige 1.928 flyttede og etablerede arbejdspladser vedrører institutioner, der flytter ind i en række byer, men hvor der kun følges op på det samlede antal flyttede og etablerede arbejdspladser. Status for disse flytninger er præsenteret i tabel 2."),
            Text("Endelig er der i regi af Bedre Balance II etableret ni nye uddannelsesstationer, jf. tabel 3."),
            new Signature("Med venlig hilsen", "Sophie Løhde", "Minister for offentlig innovation"),
            Table2(),
            Table3(),
        ]);

    private static Table Table1() => new(
        "Tabel 1",
        [new Run("Flyttede og etablerede statslige arbejdspladser pr. kommune og region (november 2018)")],
        [new ColumnSpec(3, ColumnAlignment.Left), new ColumnSpec(2, ColumnAlignment.Right)],
        Row(RowKind.Data, "Kommune", "Antal tilførte arbejdspladser"),
        [
            Group("Region Hovedstaden"),
            Municipality("Bornholms Kommune", "14"),
            Spacer(2),
            Group("Region Sjælland"),
            Municipality("Slagelse Kommune", "187"),
            Municipality("Guldborgsund Kommune", "106", note: "1"),
            Municipality("Ringsted Kommune", "122", note: "1"),
            Municipality("Sorø Kommune", "11"),
            Spacer(2),
            Group("Region Syddanmark"),
            Municipality("Sønderborg Kommune", "392"),
            Municipality("Billund Kommune", "11"),
            Municipality("Esbjerg Kommune", "180", note: "1"),
            Municipality("Fredericia Kommune", "37", note: "1"),
            Municipality("Kolding Kommune", "8", note: "2"),
            Municipality("Odense Kommune", "504"),
            Municipality("Vejle Kommune", "86", note: "1"),
            Municipality("Svendborg Kommune", "12"),
            Municipality("Tønder Kommune", "10"),
            Spacer(2),
            Group("Region Midtjylland"),
            Municipality("Norddjurs Kommune", "18"),
            Municipality("Favrskov Kommune", "7"),
            Municipality("Holstebro Kommune", "105", note: "1"),
            Municipality("Ikast-Brande Kommune", "41"),
            Municipality("Viborg Kommune", "272"),
            Municipality("Lemvig Kommune", "15"),
            Municipality("Vesthimmerlands Kommune", "6"),
            Municipality("Randers Kommune", "8", note: "2"),
            Municipality("Silkeborg Kommune", "25"),
            Municipality("Skanderborg Kommune", "32"),
            Municipality("Aarhus Kommune", "158"),
            Spacer(2),
            Group("Region Nordjylland"),
            Municipality("Brønderslev Kommune", "41"),
            Municipality("Frederikshavn Kommune", "22"),
            Municipality("Hjørring Kommune", "279"),
            Municipality("Aalborg Kommune", "163"),
            Spacer(2),
            Row(RowKind.Total, "I alt", "2.872"),
        ],
        [
            Note("Anm.: 1) En række institutioner flytter arbejdspladser til mere end en by, men har endnu ikke færdiggjort flytningen. I disse tilfælde er fordelingen mellem de konkrete byer baseret på et skøn."),
            Note("2) Styrelsen for Patientsikkerhed har etableret 16 arbejdspladser i Randers og Kolding. Det er i opgørelsen antaget, at der er etableret 8 arbejdspladser i hver af de to byer."),
        ]);

    private static Table Table2() => new(
        "Tabel 2",
        [new Run("Flyttede og etablerede statslige arbejdspladser (november 2018)")],
        [new ColumnSpec(4, ColumnAlignment.Left), new ColumnSpec(2, ColumnAlignment.Right), new ColumnSpec(5, ColumnAlignment.Left)],
        Row(RowKind.Data, "Institution", "Antal tilførte arbejdspladser", "Kommuner, der har fået tilført arbejdspladser"),
        [
            Row(RowKind.Data, "Arbejdsskadestyrelsen til ATP", "153", "Haderslev, Vordingborg og Hillerød"),
            Row(RowKind.Data, "ATP/UDK-funktioner for Beskæftigelsesministeriet", "86", "Haderslev, Frederikshavn og Holstebro"),
            Row(RowKind.Data, "SKAT (Bedre Balance I)", "110", "Bornholm, Herning, Aalborg, Esbjerg, Odense, Næstved og Horsens"),
            Row(RowKind.Data, "Skatteministeriets koncern (Bedre Balance II)", "1.506", "Hjørring, Aalborg, Thisted, Struer, Skive, Randers, Ringkøbing-Skjern, Herning, Silkeborg, Aarhus, Horsens, Esbjerg, Middelfart, Tønder, Haderslev, Odense, Svendborg, Lolland, Næstved, Roskilde og Bornholm."),
            Row(RowKind.Data, "Dele af Statens Administration til Udbetaling Danmark", "73", "Hillerød, Frederikshavn og Holstebro"),
            Row(RowKind.Total, "I alt", "1.928", ""),
        ],
        []);

    private static Table Table3() => new(
        "Tabel 3",
        [new Run("Flyttede og etablerede statslige arbejdspladser (november 2018)")],
        [new ColumnSpec(1, ColumnAlignment.Left), new ColumnSpec(2, ColumnAlignment.Left)],
        Row(RowKind.Data, "Institution", "Kommuner, der har fået tilført uddannelsespladser"),
        [
            Row(RowKind.Data, "Nye uddannelsesstationer", "Fredericia, Kalundborg, Ringkøbing-Skjern, Holstebro, Guldborgsund, Bornholm, Helsingør, Svendborg og Hedensted."),
        ],
        []);

    private static Paragraph Text(string text) => new(Styles.Normal, [new Run(text)]);

    private static Paragraph Note(string text) => new(Styles.TableNote, [new Run(text)]);

    private static TableRow Row(RowKind kind, params string[] cells) =>
        new(kind, cells.Select(text => new TableCell(text.Length == 0 ? [] : [new Run(text)])).ToList());

    private static TableRow Group(string region) => Row(RowKind.Group, region, "");

    private static TableRow Spacer(int columns) => Row(RowKind.Spacer, Enumerable.Repeat("", columns).ToArray());

    private static TableRow Municipality(string name, string jobs, string? note = null) => new(
        RowKind.Data,
        [
            new TableCell(note is null ? [new Run(name)] : [new Run(name), new Run(note, RunFormat.Superscript)]),
            new TableCell([new Run(jobs)]),
        ]);
}
