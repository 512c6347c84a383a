using BedreBalance.Document;

namespace BedreBalance.Rendering.Pdf.Tests;

/// <summary>
/// The published answer to spm. 346 as a document model, transcribed from tests/reference/svar-spm-346.txt.
/// A stand-in until the letter composer lands on this branch: then <see cref="Create"/> becomes the one line
/// <c>LetterComposer.ComposeFromDirectory(RepositoryPaths.Spm346Dataset).Document!</c> and every test keeps working.
/// </summary>
public static class TestLetter
{
    public static BedreBalance.Document.Document Create() => new(
        new DocumentMetadata(
            Title: "Svar på Finansudvalgets spørgsmål nr. 346 (Alm. del)",
            Author: "Ministeriet for Offentlig Innovation",
            Subject: "Statslige arbejdspladser flyttet ud af hovedstaden (Bedre Balance I og II), status november 2018",
            Language: "da-DK",
            Created: new DateTimeOffset(2019, 2, 25, 12, 0, 0, TimeSpan.FromHours(1))),
        PageGeometry.A4Letter,
        [
            new Heading(1, [new Run("Svar på Finansudvalgets spørgsmål nr. 346 (Alm. del) af 28. januar 2019")]),
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

    /// <summary>Table 1's body: regions with their municipalities; a number after "|" marks a note.</summary>
    public static readonly (string Region, (string Municipality, int? Note, int Jobs)[] Rows)[] Regions =
    [
        ("Region Hovedstaden", [("Bornholms Kommune", null, 14)]),
        ("Region Sjælland", [("Slagelse Kommune", null, 187), ("Guldborgsund Kommune", 1, 106), ("Ringsted Kommune", 1, 122), ("Sorø Kommune", null, 11)]),
        ("Region Syddanmark",
        [
            ("Sønderborg Kommune", null, 392), ("Billund Kommune", null, 11), ("Esbjerg Kommune", 1, 180), ("Fredericia Kommune", 1, 37),
            ("Kolding Kommune", 2, 8), ("Odense Kommune", null, 504), ("Vejle Kommune", 1, 86), ("Svendborg Kommune", null, 12), ("Tønder Kommune", null, 10),
        ]),
        ("Region Midtjylland",
        [
            ("Norddjurs Kommune", null, 18), ("Favrskov Kommune", null, 7), ("Holstebro Kommune", 1, 105), ("Ikast-Brande Kommune", null, 41),
            ("Viborg Kommune", null, 272), ("Lemvig Kommune", null, 15), ("Vesthimmerlands Kommune", null, 6), ("Randers Kommune", 2, 8),
            ("Silkeborg Kommune", null, 25), ("Skanderborg Kommune", null, 32), ("Aarhus Kommune", null, 158),
        ]),
        ("Region Nordjylland", [("Brønderslev Kommune", null, 41), ("Frederikshavn Kommune", null, 22), ("Hjørring Kommune", null, 279), ("Aalborg Kommune", null, 163)]),
    ];

    public static Table Table1()
    {
        var body = new List<TableRow>();
        foreach (var (region, rows) in Regions)
        {
            if (body.Count > 0) body.Add(Row(RowKind.Spacer, "", ""));
            body.Add(Row(RowKind.Group, region, ""));
            foreach (var (municipality, note, jobs) in rows)
            {
                var name = note is null
                    ? Cell(municipality)
                    : new TableCell([new Run(municipality), new Run(note.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), RunFormat.Superscript)]);
                body.Add(new TableRow(RowKind.Data, [name, Cell(Danish(jobs))]));
            }
        }
        body.Add(Row(RowKind.Spacer, "", ""));
        body.Add(Row(RowKind.Total, "I alt", Danish(Regions.Sum(r => r.Rows.Sum(m => m.Jobs)))));
        return new Table(
            "Tabel 1",
            [new Run("Flyttede og etablerede statslige arbejdspladser pr. kommune og region (november 2018)")],
            [new ColumnSpec(3, ColumnAlignment.Left), new ColumnSpec(1.2, ColumnAlignment.Right)],
            Row(RowKind.Data, "Kommune", "Antal tilførte arbejdspladser"),
            body,
            [
                Note("Anm.: 1) En række institutioner flytter arbejdspladser til mere end en by, men har endnu ikke færdiggjort flytningen. I disse tilfælde er fordelingen mellem de konkrete byer baseret på et skøn."),
                Note("2) Styrelsen for Patientsikkerhed har etableret 16 arbejdspladser i Randers og Kolding. Det er i opgørelsen antaget, at der er etableret 8 arbejdspladser i hver af de to byer."),
            ]);
    }

    public static Table Table2() => new(
        "Tabel 2",
        [new Run("Flyttede og etablerede statslige arbejdspladser (november 2018)")],
        [new ColumnSpec(2.2, ColumnAlignment.Left), new ColumnSpec(1.1, ColumnAlignment.Right), new ColumnSpec(2.6, ColumnAlignment.Left)],
        Row(RowKind.Data, "Institution", "Antal tilførte arbejdspladser", "Kommuner, der har fået tilført arbejdspladser"),
        [
            Row(RowKind.Data, "Arbejdsskadestyrelsen til ATP", "153", "Haderslev, Vordingborg og Hillerød"),
            Row(RowKind.Data, "ATP/UDK-funktioner for Beskæftigelsesministeriet", "86", "Haderslev, Frederikshavn og Holstebro"),
            Row(RowKind.Data, "SKAT (Bedre Balance I)", "110", "Bornholm, Herning, Aalborg, Esbjerg, Odense, Næstved og Horsens"),
            Row(RowKind.Data, "Skatteministeriets koncern (Bedre Balance II)", "1.506",
                "Hjørring, Aalborg, Thisted, Struer, Skive, Randers, Ringkøbing-Skjern, Herning, Silkeborg, Aarhus, Horsens, Esbjerg, Middelfart, Tønder, Haderslev, Odense, Svendborg, Lolland, Næstved, Roskilde og Bornholm."),
            Row(RowKind.Data, "Dele af Statens Administration til Udbetaling Danmark", "73", "Hillerød, Frederikshavn og Holstebro"),
            Row(RowKind.Total, "I alt", "1.928", ""),
        ],
        []);

    public static Table Table3() => new(
        "Tabel 3",
        [new Run("Flyttede og etablerede statslige arbejdspladser (november 2018)")],
        [new ColumnSpec(1.5, ColumnAlignment.Left), new ColumnSpec(3.5, ColumnAlignment.Left)],
        Row(RowKind.Data, "Institution", "Kommuner, der har fået tilført uddannelsespladser"),
        [
            Row(RowKind.Data, "Nye uddannelsesstationer",
                "Fredericia, Kalundborg, Ringkøbing-Skjern, Holstebro, Guldborgsund, Bornholm, Helsingør, Svendborg og Hedensted."),
        ],
        []);

    /// <summary>Danish thousands separator: 2872 → "2.872".</summary>
    public static string Danish(int number) =>
        number.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', '.');

    private static Paragraph Text(string text) => new(Styles.Normal, [new Run(text)]);

    private static Paragraph Note(string text) => new(Styles.TableNote, [new Run(text)]);

    private static TableCell Cell(string text) => new([new Run(text)]);

    private static TableRow Row(RowKind kind, params string[] cells) => new(kind, cells.Select(Cell).ToList());
}
