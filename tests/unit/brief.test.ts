import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LANGS, type Lang } from '../../src/lib/model/filters';
import { decodeFilters } from '../../src/lib/state/url-codec';
import { briefDocx } from '../../src/lib/export/brief-docx';
import type { BriefDocument } from '../../src/lib/export/brief';
import { openNodeEngine } from '../../data/scripts/node-engine';
import { briefRows, buildBrief } from '../../data/scripts/brief-core';
import { officeTest, squeeze } from '../support/office-files';

const { out, version, date: DATE, root: ROOT, toPdf } = officeTest('brief');

/** The needle in the haystack, allowing one break (a footnote continued on the next page). */
function containsAcrossBreak(hay: string, needle: string): boolean {
  if (hay.includes(needle)) return true;
  for (let k = needle.length - 1; k > 20; k--) {
    const at = hay.indexOf(needle.slice(0, k));
    if (at >= 0 && hay.slice(at + k, at + k + 4000).includes(needle.slice(k))) return true;
  }
  return false;
}

/** Converts DOCX files with LibreOffice and reads the PDFs with pdftotext. */
function readWithLibreOffice(files: string[]): Map<string, string> {
  return new Map(
    [...toPdf(files)].map(([file, pdf]) => [
      file,
      execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }),
    ]),
  );
}

const docs = new Map<Lang, BriefDocument>();
let sourceWords: string[] = [];
const pdfText = new Map<Lang, string>();

beforeAll(async () => {
  // The command itself, in English, with figures (PNG by rsvg-convert).
  const cli = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      resolve(ROOT, 'data/scripts/brief.ts'),
      '--state',
      'profile=UZB',
      '--lang',
      'en',
      '--out',
      join(out, 'cli'),
      '--date',
      DATE,
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (cli.status !== 0) throw new Error(`npm run brief failed: ${cli.stderr}`);
  // The same note in every language, from one query of the rows.
  const { engine, close } = await openNodeEngine(resolve(ROOT, 'data'));
  const rows = await briefRows(engine, decodeFilters(new URLSearchParams('profile=UZB')).filters);
  close();
  sourceWords = rows.startup.sources.flatMap((s) => [s.publisher, s.title, s.url]);
  const files: string[] = [join(out, 'cli', 'brief.docx')];
  for (const lang of LANGS) {
    const doc = buildBrief(rows, lang, { date: DATE, version, geography: null, figures: false });
    docs.set(lang, doc);
    if (lang === 'en') continue;
    const file = join(out, `brief-${lang}.docx`);
    writeFileSync(file, await briefDocx(doc));
    files.push(file);
  }
  const texts = readWithLibreOffice(files);
  for (const lang of LANGS)
    pdfText.set(
      lang,
      texts.get(lang === 'en' ? join(out, 'cli', 'brief.docx') : join(out, `brief-${lang}.docx`)) ??
        '',
    );
}, 300000);

const SHARE: Record<Lang, RegExp> = {
  en: /109 women among the 154 persons convicted, 70\.8% \(95% interval 63–7[78]%\)/,
  fr: /sur 154 personnes condamnées, 109 étaient des femmes, soit 70,8 % \(intervalle à 95 % : 63–7[78] %\)/,
  de: /Von 154 verurteilten Personen waren 109 Frauen, das sind 70,8 % \(95-%-Intervall 63–7[78] %\)/,
  it: /su 154 persone condannate, 109 erano donne, pari al 70,8% \(intervallo al 95% 63–7[78]%\)/,
  ru: /среди 154 осужденных — 109 женщин, или 70,8 % \(95-процентный интервал 63–7[78] %\)/,
  es: /de 154 personas condenadas, 109 eran mujeres, es decir, el 70,8 % \(intervalo del 95 %: 63–7[78] %\)/,
};

describe('npm run brief: the briefing note as Word file and Markdown', () => {
  it('writes brief.docx and brief.md, and the Markdown gives the share with its note', () => {
    expect(existsSync(join(out, 'cli', 'brief.docx'))).toBe(true);
    const md = readFileSync(join(out, 'cli', 'brief.md'), 'utf8');
    expect(md).toMatch(SHARE.en);
    expect(md).toMatch(
      /\[\^\d+\]: United Nations Office on Drugs and Crime \(UNODC\), Global Report on Trafficking in Persons/,
    );
    expect(md).toContain('figure-1.png');
    expect(
      readFileSync(join(out, 'cli', 'figure-1.png'))
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
  });

  it.each(LANGS)(
    '%s: LibreOffice reads the title, every talking point and every footnote',
    (lang) => {
      const doc = docs.get(lang);
      const text = pdfText.get(lang) ?? '';
      if (!doc) throw new Error('no document');
      const hay = squeeze(text);
      expect(doc.points.map((p) => p.point.id)).toEqual(
        expect.arrayContaining([
          'share.human_trafficking.convicted',
          'compare.human_trafficking.convicted',
          'gap.human_trafficking.prosecuted',
        ]),
      );
      expect(hay).toContain(squeeze(doc.title));
      for (const p of doc.points) expect(hay).toContain(squeeze(p.text));
      for (const p of doc.points) expect(containsAcrossBreak(hay, squeeze(p.note.text))).toBe(true);
      expect(text.replace(/\s+/g, ' ')).toMatch(SHARE[lang]);
      expect(text.replace(/\s+/g, ' ')).toContain('Global Report on Trafficking in Persons');
      expect(hay).toContain(squeeze(doc.citation));
    },
  );

  it('the Word file has real footnotes, one per point, and the English note carries its figure', () => {
    const xml = (file: string, part: string) =>
      execFileSync('unzip', ['-p', file, part], { encoding: 'utf8' });
    const document = xml(join(out, 'cli', 'brief.docx'), 'word/document.xml');
    const footnotes = xml(join(out, 'cli', 'brief.docx'), 'word/footnotes.xml');
    const points = docs.get('en')?.points.length ?? 0;
    expect(document.match(/<w:footnoteReference /g)?.length).toBe(points);
    expect(footnotes).toContain('Global Report on Trafficking in Persons');
    expect(document).toContain('<pic:pic');
  });

  it('in Russian the text is Cyrillic apart from source titles and publishers', () => {
    const doc = docs.get('ru');
    if (!doc) throw new Error('no document');
    const withoutSources = (text: string) =>
      sourceWords
        .reduce((rest, words) => rest.split(words).join(' '), text.replace(/\s+/g, ' '))
        .replace(new RegExp(version, 'g'), '')
        .replace(/\b(MIT|PDF|Word|A4)\b/g, '');
    const own = [doc.title, doc.dated, doc.citation, doc.termsIntro, ...doc.terms];
    for (const p of doc.points) own.push(p.text, p.note.text);
    for (const text of own) expect(withoutSources(text)).not.toMatch(/[A-Za-z]{2,}/);
  });
});
