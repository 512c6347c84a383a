// The letter's content, read from a dataset folder (brev.md + tabel1-3.csv) the way bedrebalance reads it, as a
// small format-neutral model that the pdfmake and docx peers both render. It does the same job as our loader and
// composer (front matter, placeholders with Danish number formatting, the three tables from the CSV files) but
// checks nothing: a peer that validated less than we do would be faster for the wrong reason, so the comparison
// says so rather than pretending the work is equal.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const months = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober',
  'november', 'december'];
const words = ['nul', 'en', 'to', 'tre', 'fire', 'fem', 'seks', 'syv', 'otte', 'ni', 'ti', 'elleve', 'tolv'];

// 2872 -> "2.872" (Danish thousands separator).
export const danishNumber = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

// Semicolon-separated, RFC 4180 quoting; returns rows of fields without the header.
export function readCsv(path) {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows.slice(1).filter((r) => r.some((f) => f !== ''));
}

// The front matter's flat keys and the `tal:` map: the subset of YAML that brev.md uses.
function frontMatter(lines) {
  const facts = {}, figures = {};
  let section = null;
  for (const raw of lines) {
    const line = raw.replace(/\s+#.*$/, '').replace(/^#.*$/, '');
    if (line.trim() === '') continue;
    const m = /^(\s*)([^:]+):\s*(.*)$/.exec(line);
    if (!m) continue;
    const [, indent, key, value] = m;
    if (indent === '') { section = value === '' ? key : null; if (value !== '') facts[key] = value; }
    else if (section === 'tal') figures[key.trim()] = Number(value);
  }
  return { facts, figures };
}

const joinDanish = (names) => names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} og ${names.at(-1)}`;

export function readLetter(dir) {
  const source = readFileSync(join(dir, 'brev.md'), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
  const end = source.indexOf('---', 1);
  const { facts, figures } = frontMatter(source.slice(1, end));

  const t1 = readCsv(join(dir, 'tabel1.csv'));
  const municipalities = t1.filter((r) => r[1] !== 'I alt')
    .map(([region, name, jobs, notes]) => ({ region, name, jobs: Number(jobs), notes: (notes ?? '').split(/\s+/).filter(Boolean) }));
  const t2 = readCsv(join(dir, 'tabel2.csv')).filter((r) => r[0] !== 'I alt')
    .map(([name, jobs, stop, ...towns]) => ({ name, jobs: Number(jobs), stop: stop === 'ja', towns: towns.filter(Boolean) }));
  const t3 = readCsv(join(dir, 'tabel3.csv'))
    .map(([name, stop, ...towns]) => ({ name, stop: stop === 'ja', towns: towns.filter(Boolean) }));

  const sum1 = municipalities.reduce((s, r) => s + r.jobs, 0);
  const sum2 = t2.reduce((s, r) => s + r.jobs, 0);
  const stations = t3.reduce((s, r) => s + r.towns.length, 0);
  const [year, month, day] = facts.dato.split('-').map(Number);
  const values = {
    dato: `${day}. ${months[month - 1]} ${year}`, status: facts.status, minister: facts.minister,
    ministertitel: facts.ministertitel, 'tabel1.i-alt': sum1, 'tabel2.i-alt': sum2,
    'arbejdspladser-i-alt': sum1 + sum2, 'tabel3.antal': stations,
  };
  for (const [k, v] of Object.entries(figures)) values[`tal.${k}`] = v;
  for (const marker of new Set(municipalities.flatMap((r) => r.notes))) {
    const noted = municipalities.filter((r) => r.notes.includes(marker));
    values[`tabel1.anm${marker}.i-alt`] = noted.reduce((s, r) => s + r.jobs, 0);
    values[`tabel1.anm${marker}.antal`] = noted.length;
    if (noted.every((r) => r.jobs === noted[0].jobs)) values[`tabel1.anm${marker}.hver`] = noted[0].jobs;
  }
  const fill = (text) => text.replace(/\{\{([^}:]+)(:ord)?\}\}/g, (_, name, ord) => {
    const v = values[name];
    if (v === undefined) throw new Error(`brev.md: {{${name}}} names nothing`);
    if (typeof v !== 'number') return v;
    return ord && v < words.length ? words[v] : danishNumber(v);
  });

  // Table bodies as rows of cells; `kind` tells the renderers what a row is (region heading, total).
  const tableRows = {
    tabel1: () => {
      const rows = [];
      let region = null;
      for (const r of municipalities) {
        if (r.region !== region) { region = r.region; rows.push({ kind: 'region', cells: [{ text: region }, { text: '' }] }); }
        rows.push({ cells: [{ text: r.name, sup: r.notes.join(' ') }, { text: danishNumber(r.jobs) }] });
      }
      return rows;
    },
    tabel2: () => t2.map((r) => ({ cells: [{ text: r.name }, { text: danishNumber(r.jobs) }, { text: joinDanish(r.towns) + (r.stop ? '.' : '') }] })),
    tabel3: () => t3.map((r) => ({ cells: [{ text: r.name }, { text: joinDanish(r.towns) + (r.stop ? '.' : '') }] })),
  };

  // The body: headings, paragraphs (blank-line separated), and ::: blocks (tables, the closing).
  const blocks = [];
  const body = source.slice(end + 1);
  let i = 0;
  const paragraph = () => { const lines = []; while (i < body.length && body[i].trim() !== '' && !body[i].startsWith(':::') && !body[i].startsWith('|')) lines.push(body[i++].trim()); return fill(lines.join(' ')); };
  while (i < body.length) {
    const line = body[i];
    if (line.trim() === '') { i++; continue; }
    const heading = /^(#+)\s+(.*)$/.exec(line);
    if (heading) { blocks.push({ type: 'heading', level: heading[1].length, text: fill(heading[2]) }); i++; continue; }
    const fence = /^:::\s*(\S+)/.exec(line);
    if (fence) {
      const name = fence[1];
      i++;
      const parts = [], pipes = [];
      while (i < body.length && !/^:::\s*$/.test(body[i])) {
        if (body[i].trim() === '') i++;
        else if (body[i].startsWith('|')) pipes.push(body[i++]);
        else parts.push({ at: pipes.length, text: paragraph() });
      }
      i++;
      if (name === 'hilsen') { blocks.push({ type: 'closing', lines: parts.map((p) => p.text) }); continue; }
      const cells = (l) => l.replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
      const align = cells(pipes[1]).map((c) => (c.endsWith(':') && !c.startsWith(':') ? 'right' : 'left'));
      const typedRows = pipes.slice(2).map((l) => ({ kind: 'total', cells: cells(l).map((c) => ({ text: fill(c) })) }));
      const before = parts.filter((p) => p.at === 0).map((p) => p.text);
      blocks.push({
        type: 'table', caption: before[0], title: before[1], header: cells(pipes[0]), align,
        rows: [...tableRows[name](), ...typedRows], notes: parts.filter((p) => p.at > 0).map((p) => p.text),
      });
      continue;
    }
    blocks.push({ type: 'para', text: paragraph() });
  }
  return { lang: facts.sprog ?? 'da-DK', title: blocks[0]?.text ?? '', subject: facts.emne, author: facts.minister, blocks };
}
