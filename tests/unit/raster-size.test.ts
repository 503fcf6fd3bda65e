import { describe, expect, it } from 'vitest';
import { MAX_CANVAS_PIXELS, rasterSize } from '../../src/lib/export/raster-size';
import {
  fontFaceCss,
  subsetsFor,
  textAndWeights,
  withFontFaces,
} from '../../src/lib/export/font-embed';

describe('the size of a PNG export', () => {
  it('keeps the scale asked for when the canvas can hold it', () => {
    expect(rasterSize(1920, 1080, 2)).toEqual({
      scale: 2,
      width: 3840,
      height: 2160,
      reduced: false,
    });
    expect(rasterSize(800, 600, 4).reduced).toBe(false);
  });

  it('makes the 4x slide (about 33 megapixels) smaller, to fit iOS Safari’s 16.7', () => {
    const size = rasterSize(1920, 1080, 4);
    expect(1920 * 4 * 1080 * 4).toBeGreaterThan(33e6);
    expect(size.reduced).toBe(true);
    expect(size.width * size.height).toBeLessThanOrEqual(MAX_CANVAS_PIXELS);
    expect(size.scale).toBe(2.84);
    expect(size).toMatchObject({ width: 5453, height: 3067 });
    // As large as fits: one step more would not.
    expect(Math.round(1920 * 2.85) * Math.round(1080 * 2.85)).toBeGreaterThan(MAX_CANVAS_PIXELS);
  });

  it('keeps each side under the largest canvas side, for a very tall figure', () => {
    const size = rasterSize(400, 9000, 2);
    expect(size.reduced).toBe(true);
    expect(size.height).toBeLessThanOrEqual(16_384);
    expect(size.width * size.height).toBeLessThanOrEqual(MAX_CANVAS_PIXELS);
  });

  it('refuses a figure without size, instead of a blank PNG', () => {
    expect(() => rasterSize(0, 600, 2)).toThrow(RangeError);
    expect(() => rasterSize(600, Number.NaN, 2)).toThrow(RangeError);
  });
});

describe('the atlas’s font embedded in a rasterised SVG', () => {
  it('takes only the scripts and weights the figure draws', () => {
    const latin = textAndWeights(
      '<svg><text>Belgium</text><text font-weight="700">Title</text></svg>',
    );
    expect(latin.weights).toEqual(new Set([400, 700]));
    expect(subsetsFor(latin.text, latin.weights).map((s) => `${s.script}-${s.weight}`)).toEqual([
      'latin-400',
      'latin-700',
    ]);
    const russian = textAndWeights('<svg><text>Доля женщин, Łódź</text></svg>');
    expect(subsetsFor(russian.text, russian.weights).map((s) => s.script)).toEqual([
      'latin',
      'latin-ext',
      'cyrillic',
    ]);
    expect(textAndWeights('<svg><text>&#1044;</text></svg>').text).toContain('Д');
  });

  it('puts @font-face rules with data URLs first in the SVG', () => {
    const css = fontFaceCss([
      {
        subset: {
          script: 'latin',
          weight: 400,
          ranges: [
            [0, 255],
            [0x131, 0x131],
          ],
        },
        dataUrl: 'data:font/woff2;base64,AAAA',
      },
    ]);
    expect(css).toBe(
      "@font-face{font-family:'Noto Sans';font-style:normal;font-weight:400;src:url(data:font/woff2;base64,AAAA) format('woff2');unicode-range:U+0-FF,U+131}",
    );
    const markup = '<?xml version="1.0"?>\n<svg width="10" height="10"><text>a</text></svg>';
    expect(withFontFaces(markup, css)).toBe(
      `<?xml version="1.0"?>\n<svg width="10" height="10"><defs><style>${css}</style></defs><text>a</text></svg>`,
    );
  });
});
