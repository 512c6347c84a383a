// Peer: the letter as a tagged PDF with Typst 0.14 through the typst.ts Node compiler
// (node typst.mjs DATASET OUT.pdf [PDF_STANDARD]). letter.typ does the work; this only compiles it, with our fonts
// (Liberation Serif) and the root at "/" so that the dataset can be anywhere.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler');
const [dataset, out, standard] = process.argv.slice(2);
if (!dataset || !out) { console.error('usage: node typst.mjs DATASET OUT.pdf [PDF_STANDARD]'); process.exit(2); }

const here = dirname(fileURLToPath(import.meta.url));
const compiler = NodeCompiler.create({
  workspace: '/',
  // Only our fonts: the comparison should not depend on what the machine has installed.
  fontArgs: [{ fontPaths: [join(here, '../../../src/BedreBalance.Rendering.Pdf/Fonts')] }],
});
const main = `#import "${join(here, 'letter.typ')}": letter\n#letter(${JSON.stringify(resolve(dataset))}, modern: true)\n`;
const compiled = compiler.compile({ mainFileContent: main });
if (!compiled.result) {
  console.error(compiled.takeDiagnostics());
  process.exit(1);
}
writeFileSync(out, compiler.pdf(compiled.result, standard ? { pdfStandard: standard } : {}));
