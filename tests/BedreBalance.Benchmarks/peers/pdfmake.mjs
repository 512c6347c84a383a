// Peer: the letter as a PDF with pdfmake (node pdfmake.mjs DATASET OUT.pdf). Same fonts as ours (Liberation Serif,
// embedded and subset by pdfkit), A4, each table's header row repeated on every page it runs over. pdfmake writes
// no structure tree: this PDF is untagged and not PDF/A, which is less work than ours does.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readLetter } from './letter.mjs';

const require = createRequire(import.meta.url);
const pdfmake = require('pdfmake');
const [dataset, out] = process.argv.slice(2);
if (!dataset || !out) { console.error('usage: node pdfmake.mjs DATASET OUT.pdf'); process.exit(2); }

const fonts = join(dirname(fileURLToPath(import.meta.url)), '../../../src/BedreBalance.Rendering.Pdf/Fonts');
pdfmake.setFonts({
  LiberationSerif: {
    normal: join(fonts, 'LiberationSerif-Regular.ttf'), bold: join(fonts, 'LiberationSerif-Bold.ttf'),
    italics: join(fonts, 'LiberationSerif-Italic.ttf'), bolditalics: join(fonts, 'LiberationSerif-BoldItalic.ttf'),
  },
});
// Only our own font files are read; nothing is fetched.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => path.startsWith(fonts));

const letter = readLetter(dataset);
const cell = (c, row, align) => ({
  text: c.sup ? [c.text, { text: c.sup, sup: true }] : c.text,
  bold: row.kind === 'region' || row.kind === 'total', alignment: align,
  margin: row.kind === 'region' ? [0, 6, 0, 0] : [0, 0, 0, 0],
});
const content = [];
for (const b of letter.blocks) {
  switch (b.type) {
    case 'heading': content.push({ text: b.text, style: b.level === 1 ? 'title' : 'heading' }); break;
    case 'para': content.push({ text: b.text, style: 'body' }); break;
    case 'closing': content.push({ stack: b.lines.map((l) => ({ text: l, margin: [0, 0, 0, 8] })), style: 'body', unbreakable: true }); break;
    case 'table': {
      const widths = b.align.map((a) => (a === 'right' ? 'auto' : '*'));
      content.push({ text: b.caption, bold: true, margin: [0, 12, 0, 0], headlineLevel: 1 });
      content.push({ text: b.title, margin: [0, 0, 0, 4] });
      content.push({
        table: {
          headerRows: 1, widths,
          body: [
            b.header.map((h, i) => ({ text: h, bold: true, alignment: b.align[i] })),
            ...b.rows.map((r) => r.cells.map((c, i) => cell(c, r, b.align[i]))),
          ],
        },
        layout: {
          hLineWidth: (i, node) => (i === 1 || i === node.table.body.length - 1 ? 0.75 : 0),
          vLineWidth: () => 0, paddingLeft: () => 0, paddingRight: () => 4,
        },
      });
      for (const n of b.notes) content.push({ text: n, style: 'note' });
      content.push({ text: '', margin: [0, 0, 0, 8] });
      break;
    }
  }
}

await pdfmake.createPdf({
  pageSize: 'A4', pageMargins: [72, 72, 72, 72], language: letter.lang,
  info: { title: letter.title, author: letter.author, subject: letter.subject },
  defaultStyle: { font: 'LiberationSerif', fontSize: 11, lineHeight: 1.15 },
  styles: {
    title: { fontSize: 14, bold: true, margin: [0, 0, 0, 12] },
    heading: { fontSize: 12, bold: true, margin: [0, 8, 0, 4] },
    body: { margin: [0, 0, 0, 8] },
    note: { fontSize: 8, margin: [0, 2, 0, 0] },
  },
  footer: (page) => ({ text: String(page), alignment: 'right', fontSize: 9, margin: [72, 20, 72, 0] }),
  content,
}).write(out);
