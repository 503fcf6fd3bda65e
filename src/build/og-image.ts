import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import type { Lang } from '../lib/model/filters';
import { translator } from '../lib/i18n';
import type { StaticBody } from './static-html';

/**
 * A WOFF (1.0) font as the TrueType/OpenType file it wraps: resvg reads TTF/OTF only, and the
 * atlas ships Noto Sans as WOFF (@fontsource/noto-sans).
 */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (view.getUint32(0) !== 0x774f4646) throw new Error('not a WOFF 1.0 font');
  const flavor = view.getUint32(4);
  const count = view.getUint16(12);
  const tables: { tag: number; checksum: number; data: Uint8Array }[] = [];
  for (let i = 0; i < count; i++) {
    const at = 44 + i * 20;
    const offset = view.getUint32(at + 4);
    const compressed = view.getUint32(at + 8);
    const original = view.getUint32(at + 12);
    const raw = woff.subarray(offset, offset + compressed);
    tables.push({
      tag: view.getUint32(at),
      checksum: view.getUint32(at + 16),
      data: compressed < original ? new Uint8Array(inflateSync(raw)) : raw,
    });
  }
  const pad = (n: number) => (n + 3) & ~3;
  let size = 12 + 16 * count;
  for (const t of tables) size += pad(t.data.length);
  const out = new Uint8Array(size);
  const sfnt = new DataView(out.buffer);
  const power = 2 ** Math.floor(Math.log2(count));
  sfnt.setUint32(0, flavor);
  sfnt.setUint16(4, count);
  sfnt.setUint16(6, power * 16);
  sfnt.setUint16(8, Math.log2(power));
  sfnt.setUint16(10, count * 16 - power * 16);
  let offset = 12 + 16 * count;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    sfnt.setUint32(at, t.tag);
    sfnt.setUint32(at + 4, t.checksum);
    sfnt.setUint32(at + 8, offset);
    sfnt.setUint32(at + 12, t.data.length);
    out.set(t.data, offset);
    offset += pad(t.data.length);
  });
  return out;
}

const FONT_DIR = resolve(import.meta.dirname, '../../node_modules/@fontsource/noto-sans/files');
const FONT_FILES = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'].flatMap((subset) =>
  ['400', '700'].map((weight) => `noto-sans-${subset}-${weight}-normal.woff`),
);

let fontFiles: string[] | null = null;
/** The shipped Noto Sans subsets as TTF files in a temporary folder, converted once per build. */
function previewFonts(): string[] {
  if (fontFiles) return fontFiles;
  const dir = mkdtempSync(join(tmpdir(), 'atlas-fonts-'));
  mkdirSync(dir, { recursive: true });
  fontFiles = FONT_FILES.map((name) => {
    const file = join(dir, name.replace(/\.woff$/, '.ttf'));
    writeFileSync(file, woffToSfnt(readFileSync(join(FONT_DIR, name))));
    return file;
  });
  return fontFiles;
}

const escapeText = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** Lines of at most `chars` characters, at most `max` of them (the last one ends in "…"). */
export function wrapText(text: string, chars: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > chars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = `${(kept[max - 1] ?? '').replace(/[\s,.;:]+\S*$/, '')}…`;
  return kept;
}

/** The 1200x630 link preview of a page: the atlas's name, the page's title and description. */
export function previewSvg(body: StaticBody, lang: Lang, host: string): string {
  const t = translator(lang);
  const heading = body.title.split(' · ')[0] ?? body.title;
  const titleLines = wrapText(heading, 34, 2);
  const descriptionTop = 200 + titleLines.length * 70;
  const description = wrapText(body.description, 62, Math.max(2, 5 - titleLines.length));
  const text = (x: number, y: number, size: number, weight: number, fill: string, s: string) =>
    `<text x="${x}" y="${y}" font-family="Noto Sans" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeText(s)}</text>`;
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">',
    '<rect width="1200" height="630" fill="#ffffff"/>',
    '<rect width="1200" height="16" fill="#2b6a99"/>',
    text(64, 96, 34, 700, '#2b6a99', t('appTitle')),
    ...titleLines.map((line, i) => text(64, 190 + i * 70, 60, 700, '#1a1a1a', line)),
    ...description.map((line, i) => text(64, descriptionTop + i * 44, 32, 400, '#333333', line)),
    '<rect y="560" width="1200" height="70" fill="#f2f4f6"/>',
    text(64, 606, 26, 400, '#4a4a4a', host),
    '</svg>',
  ].join('');
}

/** The preview as PNG, rendered by resvg with the atlas's own font (no system fonts). */
export function renderPreview(body: StaticBody, lang: Lang, host: string): Uint8Array {
  const resvg = new Resvg(previewSvg(body, lang, host), {
    fitTo: { mode: 'width', value: 1200 },
    font: { loadSystemFonts: false, fontFiles: previewFonts(), defaultFontFamily: 'Noto Sans' },
  });
  return resvg.render().asPng();
}
