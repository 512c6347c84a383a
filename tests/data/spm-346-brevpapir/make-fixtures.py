#!/usr/bin/env python3
"""Makes the FICTITIOUS stationery of "Eksempelministeriet" for the letterhead tests (see README.md).

Writes, next to this script:
  skabelon.dotx            the Word template: styles (Danish style ids, English built-in names), a theme with
                           Calibri, a first-page header with the logo and the address block, a following-pages
                           header with a small logo, page-number footers, A4 with the margins brev.md names.
  brevpapir-kilde.docx     the same template as a two-page document without text or footers: what a ministry
                           exports to PDF to get its letterhead (the page numbers come from the letter itself).
Then:  soffice --headless --convert-to 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"1"}}' \
           brevpapir-kilde.docx && mv brevpapir-kilde.pdf brevpapir.pdf && rm brevpapir-kilde.docx
Python 3 standard library only; the zip entries are dated 1980-01-01 so the template's bytes depend on this script.
"""
import os
import struct
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
EMU_PER_CM = 360000
TWIPS_PER_CM = 1440 / 2.54
BLUE = "1F3864"

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
WP = 'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
PIC = 'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"'
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def twips(cm):
    return round(cm * TWIPS_PER_CM)


def logo_png(size=240):
    """A dark blue square with a white "E" and a gold bar: plainly no real ministry's mark."""
    rows = []
    for y in range(size):
        row = bytearray([0])  # filter: none
        for x in range(size):
            u, v = x / size, y / size
            colour = (0x1F, 0x38, 0x64)
            in_e = (0.28 <= u <= 0.40 and 0.22 <= v <= 0.78) or (
                0.28 <= u <= 0.72 and (0.22 <= v <= 0.32 or 0.45 <= v <= 0.55 or 0.68 <= v <= 0.78))
            if in_e:
                colour = (0xFF, 0xFF, 0xFF)
            if v >= 0.86:
                colour = (0xC9, 0xA2, 0x27)
            row += bytes(colour)
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    # RGB, 8 bits, no alpha: a letterhead must not bring transparency into a PDF/A-1 file.
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def anchored_logo(rel_id, doc_pr_id, x_cm, y_cm, size_cm):
    emu = round(size_cm * EMU_PER_CM)
    return (
        f'<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="{doc_pr_id}" '
        f'behindDoc="1" locked="1" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="page"><wp:posOffset>{round(x_cm * EMU_PER_CM)}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="page"><wp:posOffset>{round(y_cm * EMU_PER_CM)}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{emu}" cy="{emu}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        f'<wp:docPr id="{doc_pr_id}" name="Logo {doc_pr_id}" descr="Eksempelministeriets logo (fiktivt)"/>'
        f'<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        f'<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f'<pic:pic><pic:nvPicPr><pic:cNvPr id="{doc_pr_id}" name="logo.png"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{rel_id}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu}" cy="{emu}"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>'
        f'</wp:anchor></w:drawing></w:r>')


def framed(text, x_cm, y_cm, width_cm, size_half_points, bold=False, colour=BLUE):
    """A paragraph in a frame placed on the page: out of the text flow, as letterhead text is in Word templates."""
    b = "<w:b/><w:bCs/>" if bold else ""
    return (
        f'<w:p><w:pPr><w:pStyle w:val="Sidehoved"/><w:framePr w:w="{twips(width_cm)}" w:hSpace="0" '
        f'w:vAnchor="page" w:hAnchor="page" w:x="{twips(x_cm)}" w:y="{twips(y_cm)}"/>'
        f'<w:spacing w:line="{size_half_points * 14}" w:lineRule="exact"/></w:pPr>'
        f'<w:r><w:rPr>{b}<w:color w:val="{colour}"/><w:sz w:val="{size_half_points}"/><w:szCs w:val="{size_half_points}"/></w:rPr>'
        f'<w:t xml:space="preserve">{text}</w:t></w:r></w:p>')


def anchor_paragraph(runs):
    # One point high, so the header's own flow stays at the header distance; everything visible is placed on the page.
    return f'<w:p><w:pPr><w:pStyle w:val="Sidehoved"/><w:spacing w:line="20" w:lineRule="exact"/></w:pPr>{runs}</w:p>'


def header_first():
    address = ["Eksempelministeriet", "Eksempelvej 1", "1000 København K", "Telefon 00 00 00 00",
               "post@eksempel.invalid", "www.eksempel.invalid"]
    body = anchor_paragraph(anchored_logo("rId1", 1, 2.5, 1.4, 2.0))
    body += framed("Eksempelministeriet", 4.9, 1.75, 9.0, 32, bold=True)
    body += framed("FIKTIVT BREVPAPIR TIL TEST", 4.9, 2.75, 9.0, 16)
    # The address block in the right margin, a frame per line (LibreOffice places merged frames unreliably).
    for i, line in enumerate(address):
        body += framed(line, 16.5, 5.6 + i * 0.45, 4.0, 16, bold=i == 0)
    # A header's last paragraph must stay in the flow (LibreOffice moves a framed last paragraph to the top).
    body += anchor_paragraph("")
    return f'{DECL}<w:hdr {W} {R} {WP} {A} {PIC}>{body}</w:hdr>'


def header_default():
    body = anchor_paragraph(anchored_logo("rId1", 2, 2.5, 1.0, 1.0))
    body += framed("Eksempelministeriet", 3.8, 1.25, 9.0, 20, bold=True)
    body += anchor_paragraph("")
    return f'{DECL}<w:hdr {W} {R} {WP} {A} {PIC}>{body}</w:hdr>'


def footer():
    field = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
    return f'{DECL}<w:ftr {W} {R}><w:p><w:pPr><w:pStyle w:val="Sidefod"/><w:jc w:val="right"/></w:pPr>{field}</w:p></w:ftr>'


def style(kind, style_id, name, based_on=None, next_id=None, ppr="", rpr="", extra=""):
    parts = [f'<w:style w:type="{kind}" w:styleId="{style_id}"' + (' w:default="1"' if style_id in ("Normal", "Standardskrifttypeiafsnit", "Tabel-Normal") else "") + ">",
             f'<w:name w:val="{name}"/>']
    if based_on:
        parts.append(f'<w:basedOn w:val="{based_on}"/>')
    if next_id:
        parts.append(f'<w:next w:val="{next_id}"/>')
    parts.append(extra)
    if ppr:
        parts.append(f"<w:pPr>{ppr}</w:pPr>")
    if rpr:
        parts.append(f"<w:rPr>{rpr}</w:rPr>")
    parts.append("</w:style>")
    return "".join(parts)


def styles():
    blue = f'<w:color w:val="{BLUE}"/>'
    return (
        f'{DECL}<w:styles {W}>'
        '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" '
        'w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:sz w:val="22"/><w:szCs w:val="22"/>'
        '<w:lang w:val="da-DK" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="300" w:lineRule="atLeast"/></w:pPr></w:pPrDefault></w:docDefaults>'
        + style("paragraph", "Normal", "Normal", extra="<w:qFormat/>", ppr='<w:spacing w:after="220"/>')
        + style("character", "Standardskrifttypeiafsnit", "Default Paragraph Font", extra="<w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/>")
        + '<w:style w:type="table" w:default="1" w:styleId="Tabel-Normal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>'
          '<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
          '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        + style("paragraph", "Titel", "Title", "Normal", "Normal", extra="<w:qFormat/>",
                ppr='<w:keepNext/><w:spacing w:after="320"/>', rpr=f'<w:b/><w:bCs/>{blue}<w:sz w:val="28"/><w:szCs w:val="28"/>')
        + style("paragraph", "Overskrift1", "heading 1", "Normal", "Normal", extra="<w:qFormat/>",
                ppr='<w:keepNext/><w:keepLines/><w:spacing w:before="120" w:after="80"/><w:outlineLvl w:val="0"/>', rpr=f'<w:b/><w:bCs/>{blue}')
        + style("paragraph", "Billedtekst", "caption", "Normal", "Normal", extra="<w:qFormat/>",
                ppr='<w:keepNext/><w:spacing w:before="240" w:after="60"/>', rpr=f'<w:b/><w:bCs/>{blue}')
        + style("paragraph", "Sidehoved", "header", "Normal", ppr='<w:spacing w:after="0"/>', rpr='<w:sz w:val="16"/><w:szCs w:val="16"/>')
        + style("paragraph", "Sidefod", "footer", "Normal", ppr='<w:spacing w:after="0"/>', rpr='<w:sz w:val="18"/><w:szCs w:val="18"/>')
        + '</w:styles>')


def theme():
    colours = {"dk1": '<a:sysClr val="windowText" lastClr="000000"/>', "lt1": '<a:sysClr val="window" lastClr="FFFFFF"/>',
               "dk2": f'<a:srgbClr val="{BLUE}"/>', "lt2": '<a:srgbClr val="E7E6E6"/>', "accent1": f'<a:srgbClr val="{BLUE}"/>',
               "accent2": '<a:srgbClr val="C9A227"/>', "accent3": '<a:srgbClr val="A5A5A5"/>', "accent4": '<a:srgbClr val="5B9BD5"/>',
               "accent5": '<a:srgbClr val="70AD47"/>', "accent6": '<a:srgbClr val="ED7D31"/>', "hlink": '<a:srgbClr val="0563C1"/>',
               "folHlink": '<a:srgbClr val="954F72"/>'}
    scheme = "".join(f"<a:{k}>{v}</a:{k}>" for k, v in colours.items())
    font = '<a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/>'
    fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    line = f'<a:ln w="6350">{fill}</a:ln>'
    effect = "<a:effectStyle><a:effectLst/></a:effectStyle>"
    return (f'{DECL}<a:theme {A} name="Eksempelministeriet"><a:themeElements><a:clrScheme name="Eksempelministeriet">{scheme}</a:clrScheme>'
            f'<a:fontScheme name="Eksempelministeriet"><a:majorFont>{font}</a:majorFont><a:minorFont>{font}</a:minorFont></a:fontScheme>'
            f'<a:fmtScheme name="Eksempelministeriet"><a:fillStyleLst>{fill * 3}</a:fillStyleLst><a:lnStyleLst>{line * 3}</a:lnStyleLst>'
            f'<a:effectStyleLst>{effect * 3}</a:effectStyleLst><a:bgFillStyleLst>{fill * 3}</a:bgFillStyleLst></a:fmtScheme>'
            '</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>')


def section(with_footers):
    refs = '<w:headerReference w:type="default" r:id="rId11"/><w:headerReference w:type="first" r:id="rId10"/>'
    if with_footers:
        refs += '<w:footerReference w:type="default" r:id="rId12"/><w:footerReference w:type="first" r:id="rId13"/>'
    return (f'<w:sectPr>{refs}<w:pgSz w:w="11906" w:h="16838"/>'
            f'<w:pgMar w:top="{twips(3.0)}" w:right="{twips(5.0)}" w:bottom="{twips(2.5)}" w:left="{twips(2.5)}" '
            'w:header="709" w:footer="709" w:gutter="0"/><w:titlePg/></w:sectPr>')


def document(with_footers, two_pages):
    body = "<w:p/>"
    if two_pages:
        body += '<w:p><w:pPr><w:pageBreakBefore/></w:pPr></w:p>'
    return f'{DECL}<w:document {W} {R}><w:body>{body}{section(with_footers)}</w:body></w:document>'


def package(path, template):
    main_type = ("application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml" if template
                 else "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
    wml = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    parts = {
        "[Content_Types].xml": (
            f'{DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>'
            f'<Override PartName="/word/document.xml" ContentType="{main_type}"/>'
            f'<Override PartName="/word/styles.xml" ContentType="{wml}.styles+xml"/>'
            f'<Override PartName="/word/settings.xml" ContentType="{wml}.settings+xml"/>'
            '<Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
            f'<Override PartName="/word/header1.xml" ContentType="{wml}.header+xml"/>'
            f'<Override PartName="/word/header2.xml" ContentType="{wml}.header+xml"/>'
            + (f'<Override PartName="/word/footer1.xml" ContentType="{wml}.footer+xml"/>'
               f'<Override PartName="/word/footer2.xml" ContentType="{wml}.footer+xml"/>' if template else "")
            + '</Types>'),
        "_rels/.rels": (
            f'{DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>'),
        "word/_rels/document.xml.rels": (
            f'{DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/>'
            '<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
            '<Relationship Id="rId11" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/>'
            + ('<Relationship Id="rId12" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
               '<Relationship Id="rId13" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer2.xml"/>' if template else "")
            + '</Relationships>'),
        "word/document.xml": document(with_footers=template, two_pages=not template),
        "word/styles.xml": styles(),
        "word/settings.xml": f'{DECL}<w:settings {W}><w:defaultTabStop w:val="1304"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>',
        "word/theme/theme1.xml": theme(),
        "word/header1.xml": header_first(),
        "word/header2.xml": header_default(),
        "word/media/logo.png": logo_png(),
    }
    image_rels = (f'{DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/logo.png"/>'
                  '</Relationships>')
    parts["word/_rels/header1.xml.rels"] = image_rels
    parts["word/_rels/header2.xml.rels"] = image_rels
    if template:
        parts["word/footer1.xml"] = footer()
        parts["word/footer2.xml"] = footer()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(parts):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            data = parts[name]
            archive.writestr(info, data if isinstance(data, bytes) else data.encode("utf-8"))


if __name__ == "__main__":
    package(os.path.join(HERE, "skabelon.dotx"), template=True)
    package(os.path.join(HERE, "brevpapir-kilde.docx"), template=False)
