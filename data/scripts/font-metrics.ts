import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

const require = createRequire(import.meta.url);
const ROOT = resolve(import.meta.dirname, '..', '..');

/**
 * Advance widths of the shipped Noto Sans (per 1000 units of font size) for every
 * character the atlas's text can contain, read from the font files themselves, so text is
 * measured identically in Node (golden SVGs, batch export) and in the browser.
 */
function advances(weight: 400 | 700): Record<string, number> {
  const widths: Record<string, number> = {};
  for (const subset of ['latin', 'latin-ext', 'cyrillic']) {
    const file = require.resolve(
      `@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`,
    );
    const font = fontkit.create(readFileSync(file)) as fontkit.Font;
    for (const code of font.characterSet) {
      const char = String.fromCodePoint(code);
      if (widths[char] !== undefined) continue;
      widths[char] = Math.round(
        (font.glyphForCodePoint(code).advanceWidth / font.unitsPerEm) * 1000,
      );
    }
  }
  return widths;
}

const metrics = {
  family: 'Noto Sans',
  unitsPer: 1000,
  regular: advances(400),
  bold: advances(700),
};
writeFileSync(resolve(ROOT, 'src/lib/charts/font-metrics.json'), JSON.stringify(metrics));
console.log(
  `font metrics: ${Object.keys(metrics.regular).length} regular, ${Object.keys(metrics.bold).length} bold characters`,
);
