/**
 * An SVG shown through an `<img>` (and so rasterised on a canvas) cannot reach the page's fonts:
 * every engine would draw it in a fallback font. The PNG exports therefore carry the atlas's own
 * Noto Sans inside the SVG, as data URLs, only the scripts and weights the figure uses.
 */

/** One WOFF2 file of the shipped Noto Sans and the code points it covers (as @fontsource splits it). */
export interface FontSubset {
  script: 'latin' | 'latin-ext' | 'cyrillic' | 'cyrillic-ext';
  weight: 400 | 700;
  /** Inclusive code point ranges, as in the CSS `unicode-range` of @fontsource/noto-sans. */
  ranges: readonly (readonly [number, number])[];
}

const RANGES: Record<FontSubset['script'], string> = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  cyrillic: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116',
  'cyrillic-ext': 'U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F',
};

export function parseUnicodeRange(css: string): [number, number][] {
  return css.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    const start = parseInt(from ?? '', 16);
    return [start, to ? parseInt(to, 16) : start];
  });
}

export const FONT_SUBSETS: readonly FontSubset[] = (
  Object.keys(RANGES) as FontSubset['script'][]
).flatMap((script) =>
  ([400, 700] as const).map((weight) => ({
    script,
    weight,
    ranges: parseUnicodeRange(RANGES[script]),
  })),
);

/** The subsets whose ranges hold a character of `text`, in the weights the markup uses. */
export function subsetsFor(text: string, weights: ReadonlySet<number>): FontSubset[] {
  const points = new Set<number>();
  for (const char of text) points.add(char.codePointAt(0) ?? 0);
  return FONT_SUBSETS.filter(
    (subset) =>
      weights.has(subset.weight) &&
      [...points].some((p) => subset.ranges.some(([from, to]) => p >= from && p <= to)),
  );
}

/** The text an SVG's markup draws (its character data) and the weights it asks for. */
export function textAndWeights(markup: string): { text: string; weights: Set<number> } {
  const text = [...markup.matchAll(/>([^<]+)</g)].map((m) => m[1]).join(' ');
  const weights = new Set<number>([400]);
  for (const m of markup.matchAll(/font-weight="?(\d+|bold)/g))
    weights.add(m[1] === 'bold' || Number(m[1]) >= 600 ? 700 : 400);
  return { text: decodeEntities(text), weights };
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

const toRange = (ranges: FontSubset['ranges']) =>
  ranges
    .map(([from, to]) =>
      from === to
        ? `U+${from.toString(16).toUpperCase()}`
        : `U+${from.toString(16).toUpperCase()}-${to.toString(16).toUpperCase()}`,
    )
    .join(',');

/** The @font-face rules for the given subsets, their files as data URLs. */
export function fontFaceCss(
  faces: readonly { subset: FontSubset; dataUrl: string }[],
  family = 'Noto Sans',
): string {
  return faces
    .map(
      ({ subset, dataUrl }) =>
        `@font-face{font-family:'${family}';font-style:normal;font-weight:${subset.weight};` +
        `src:url(${dataUrl}) format('woff2');unicode-range:${toRange(subset.ranges)}}`,
    )
    .join('\n');
}

/** The markup with a `<style>` of @font-face rules as the root element's first child. */
export function withFontFaces(markup: string, css: string): string {
  if (!css) return markup;
  const open = /<svg\b[^>]*>/.exec(markup);
  if (!open) return markup;
  const at = open.index + open[0].length;
  return `${markup.slice(0, at)}<defs><style>${css}</style></defs>${markup.slice(at)}`;
}
