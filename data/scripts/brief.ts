import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LANGS } from '../../src/lib/model/filters';
import { briefMarkdown } from '../../src/lib/export/brief';
import { briefDocx } from '../../src/lib/export/brief-docx';
import { openNodeEngine } from './node-engine';
import { briefRows, buildBrief } from './brief-core';
import { cliPrelude, hasRsvgConvert, ROOT } from './cli-prelude';

// Usage: npm run brief -- --state "profile=UZB" [--lang XX] --out DIR [--date YYYY-MM-DD] [--no-figures]
const { out, lang, filters, date, version, geography, flag } = cliPrelude(
  'brief',
  `--state "profile=UZB" --lang ${LANGS.join('|')} --out DIR [--date YYYY-MM-DD] [--no-figures]`,
);
const figures = !flag('no-figures') && hasRsvgConvert();
if (!figures && !flag('no-figures'))
  console.error('brief: figures need rsvg-convert (Debian package librsvg2-bin); the note says so');

const { engine, close } = await openNodeEngine(resolve(ROOT, 'data'));
const rows = await briefRows(engine, filters);
close();
const doc = buildBrief(rows, lang, { date, version, geography, figures });
if (doc.points.length === 0)
  console.error('brief: the rows of this selection give no talking point');
mkdirSync(resolve(out), { recursive: true });
writeFileSync(resolve(out, 'brief.docx'), await briefDocx(doc));
writeFileSync(resolve(out, 'brief.md'), briefMarkdown(doc));
doc.figures.forEach((f, i) => writeFileSync(resolve(out, `figure-${i + 1}.png`), f.png));
console.log(
  `brief: wrote brief.docx and brief.md (${doc.points.length} talking points, ${doc.figures.length} figures) to ${out}`,
);
