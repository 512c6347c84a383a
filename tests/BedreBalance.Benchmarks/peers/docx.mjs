// Peer: the letter as a Word document with docx for Node (node docx.mjs DATASET OUT.docx): headings, paragraphs,
// real Word tables whose header row repeats on every page (w:tblHeader), Liberation Serif named as the font.
import { writeFileSync } from 'node:fs';
import {
  AlignmentType, BorderStyle, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, Table, TableCell,
  TableRow, TextRun, WidthType,
} from 'docx';
import { readLetter } from './letter.mjs';

const [dataset, out] = process.argv.slice(2);
if (!dataset || !out) { console.error('usage: node docx.mjs DATASET OUT.docx'); process.exit(2); }

const letter = readLetter(dataset);
const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const rule = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const align = (a) => (a === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT);

function row(cells, { header = false, kind } = {}, alignments) {
  const bold = header || kind === 'region' || kind === 'total';
  return new TableRow({
    ...(header ? { tableHeader: true } : {}), cantSplit: true,
    children: cells.map((c, i) => new TableCell({
      borders: { top: kind === 'total' ? rule : none, bottom: header ? rule : none, left: none, right: none },
      children: [new Paragraph({
        alignment: align(alignments[i]), spacing: { before: kind === 'region' ? 120 : 0, after: 0 },
        children: [new TextRun({ text: c.text, bold }), ...(c.sup ? [new TextRun({ text: c.sup, superScript: true })] : [])],
      })],
    })),
  });
}

const children = [];
for (const b of letter.blocks) {
  switch (b.type) {
    case 'heading':
      children.push(new Paragraph({ text: b.text, heading: b.level === 1 ? HeadingLevel.TITLE : HeadingLevel.HEADING_1 }));
      break;
    case 'para': children.push(new Paragraph({ text: b.text })); break;
    case 'closing': for (const l of b.lines) children.push(new Paragraph({ text: l, keepNext: true })); break;
    case 'table':
      children.push(new Paragraph({ keepNext: true, children: [new TextRun({ text: b.caption, bold: true })], spacing: { before: 240, after: 0 } }));
      children.push(new Paragraph({ keepNext: true, text: b.title }));
      children.push(new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          row(b.header.map((h) => ({ text: h })), { header: true }, b.align),
          ...b.rows.map((r) => row(r.cells, r, b.align)),
        ],
      }));
      for (const n of b.notes) children.push(new Paragraph({ children: [new TextRun({ text: n, size: 16 })], spacing: { after: 0 } }));
      children.push(new Paragraph({ text: '' }));
      break;
  }
}

const doc = new Document({
  title: letter.title, creator: letter.author, subject: letter.subject,
  styles: {
    default: {
      document: { run: { font: 'Liberation Serif', size: 22, language: { value: letter.lang } }, paragraph: { spacing: { after: 160 } } },
      title: { run: { font: 'Liberation Serif', size: 28, bold: true, color: '000000' } },
      heading1: { run: { font: 'Liberation Serif', size: 24, bold: true, color: '000000' }, paragraph: { spacing: { before: 160, after: 80 } } },
    },
  },
  sections: [{
    properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } } },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }) },
    children,
  }],
});
writeFileSync(out, await Packer.toBuffer(doc));
