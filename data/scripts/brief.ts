import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LANGS } from '../../src/lib/model/filters';
import { briefMarkdown } from '../../src/lib/export/brief';
import { BRIEF_FORMATS } from '../../src/lib/export/formats';
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
for (const format of BRIEF_FORMATS)
  for (const file of await format.write({ doc, subject: filters.profile ?? 'atlas', date }))
    writeFileSync(
      resolve(out, `brief.${format.extension}`),
      new Uint8Array(await file.blob.arrayBuffer()),
    );
writeFileSync(resolve(out, 'brief.md'), briefMarkdown(doc));
doc.figures.forEach((f, i) => writeFileSync(resolve(out, `figure-${i + 1}.png`), f.png));
console.log(
  `brief: wrote ${BRIEF_FORMATS.map((f) => `brief.${f.extension}`).join(', ')} and brief.md (${doc.points.length} talking points, ${doc.figures.length} figures) to ${out}`,
);
