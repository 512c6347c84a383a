#!/usr/bin/env python3
"""Writes tabeller.fods (flat OpenDocument spreadsheet) from data/spm-346's three CSV files, for LibreOffice
to convert into tabeller.xlsx; see README.md. The sheets hold what a ministry workbook holds in practice:
sheet names "Tabel 1" / "Tabel 2" / "tabel3", totals as =SUM formulas, a number typed as text ("1.506"),
a cell with bold and plain runs, formatted empty cells past the data, and a hidden sheet of notes between the tables (Calc shows the first sheet, so it cannot be hidden)."""
import csv, sys
from xml.sax.saxutils import escape

def rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return [r for r in csv.reader(f, delimiter=";")]

def cell(value, *, text=False, rich=None, formula=None):
    if formula is not None:
        return f'<table:table-cell table:formula="{escape(formula)}" office:value-type="float"/>'
    if rich is not None:
        return f'<table:table-cell office:value-type="string"><text:p>{rich}</text:p></table:table-cell>'
    if value == "":
        return "<table:table-cell/>"
    if not text and value.isdigit():
        return f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p></table:table-cell>'
    return f'<table:table-cell office:value-type="string"><text:p>{escape(value)}</text:p></table:table-cell>'

def row(cells):
    return "<table:table-row>" + "".join(cells) + "</table:table-row>"

def padding_rows():
    # A formatted but empty cell well past the data: Excel and Calc write such cells, with no value.
    return row(['<table:table-cell table:number-columns-repeated="7"/>', '<table:table-cell table:style-name="ce1"/>'])

def sheet(name, body, hidden=False):
    style = "ta2" if hidden else "ta1"
    return f'<table:table table:name="{escape(name)}" table:style-name="{style}">{body}</table:table>'

root = sys.argv[1]
t1, t2, t3 = (rows(f"{root}/tabel{n}.csv") for n in (1, 2, 3))

body1 = []
for i, r in enumerate(t1):
    if r[1] == "I alt":
        last = i  # data rows are 2..i (1-based), the total row is i+1
        body1.append(row([cell(r[0]), cell(r[1]), cell("", formula=f"of:=SUM([.C2:.C{i}])"), cell(r[3])]))
    elif r[0] == "Region Sjælland" and r[1] == "Slagelse Kommune":
        body1.append(row([cell("", rich='Region <text:span text:style-name="T1">Sjælland</text:span>'), cell(r[1]), cell(r[2]), cell(r[3])]))
    else:
        body1.append(row([cell(v) for v in r]))
body1 += [row(["<table:table-cell/>"])] * 3 + [padding_rows()]

body2 = []
for i, r in enumerate(t2):
    if r[0] == "I alt":
        # Typed, not summed: SUM skips the text number above, as it does in Excel.
        body2.append(row([cell(v) for v in r]))
    elif r[1] == "1506":
        body2.append(row([cell(r[0]), cell("1.506", text=True)] + [cell(v) for v in r[2:]]))
    else:
        body2.append(row([cell(v) for v in r]))

body3 = [row([cell(v) for v in r]) for r in t3] + [padding_rows()]

notes = row([cell("Noter til arbejdsarket; ikke en tabel.")]) + row([cell("123")])

print(f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
<style:style style:name="ta1" style:family="table" style:master-page-name="Default"><style:table-properties table:display="true"/></style:style>
<style:style style:name="ta2" style:family="table" style:master-page-name="Default"><style:table-properties table:display="false"/></style:style>
<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="ce1" style:family="table-cell"><style:table-cell-properties fo:background-color="#ffff00"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Default"/></office:master-styles>
<office:body><office:spreadsheet>
{sheet("Tabel 1", "".join(body1))}
{sheet("Noter", notes, hidden=True)}
{sheet("Tabel 2", "".join(body2))}
{sheet("tabel3", "".join(body3))}
</office:spreadsheet></office:body></office:document>''')
