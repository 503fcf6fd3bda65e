/** Browser only: the shipped Noto Sans WOFF2 files (the same hashed assets the page loads). */
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import latinExt700 from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff2?url';
import cyrillic400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import cyrillic700 from '@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff2?url';
import cyrillicExt400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff2?url';
import cyrillicExt700 from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-700-normal.woff2?url';
import {
  fontFaceCss,
  subsetsFor,
  textAndWeights,
  withFontFaces,
  type FontSubset,
} from './font-embed';

const FILES: Record<`${FontSubset['script']}-${FontSubset['weight']}`, string> = {
  'latin-400': latin400,
  'latin-700': latin700,
  'latin-ext-400': latinExt400,
  'latin-ext-700': latinExt700,
  'cyrillic-400': cyrillic400,
  'cyrillic-700': cyrillic700,
  'cyrillic-ext-400': cyrillicExt400,
  'cyrillic-ext-700': cyrillicExt700,
};

const loaded = new Map<string, Promise<string>>();

function dataUrl(url: string): Promise<string> {
  let found = loaded.get(url);
  if (!found) {
    found = fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`font: HTTP ${response.status}`);
        return response.blob();
      })
      .then(
        (blob) =>
          new Promise<string>((resolve, reject) => {
            const reader = new FileReader();
            reader.onload = () =>
              resolve(String(reader.result).replace(/^data:[^;,]*/, 'data:font/woff2'));
            reader.onerror = () => reject(new Error('font could not be read'));
            reader.readAsDataURL(blob);
          }),
      );
    found.catch(() => loaded.delete(url));
    loaded.set(url, found);
  }
  return found;
}

/** The markup with the Noto Sans subsets it needs embedded, under `family` (tests use another). */
export async function embedAtlasFont(markup: string, family = 'Noto Sans'): Promise<string> {
  const { text, weights } = textAndWeights(markup);
  const faces = await Promise.all(
    subsetsFor(text, weights).map(async (subset) => ({
      subset,
      dataUrl: await dataUrl(FILES[`${subset.script}-${subset.weight}`]),
    })),
  );
  return withFontFaces(markup, fontFaceCss(faces, family));
}
