import type { DeckDocument, SlidePng } from './deck';

/** LAYOUT_WIDE: 13.333 x 7.5 inches, 16:9. */
const SLIDE_W = 13.333;
const MARGIN = 0.35;
const TITLE_H = 0.8;
const FONT = 'Noto Sans';
const MASTER = 'ATLAS_FIGURE';

/** What pptxgenjs keeps of a slide's media; read only to put the atlas's own PNG in place. */
interface SlideMedia {
  _slideNum: number;
  _relsMedia?: { isSvgPng?: boolean; data?: string }[];
}
type MediaHook = (slide: SlideMedia, zip: unknown, promises: unknown[]) => void;

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Room for the source line under the figure: readers do not shrink text to fit its box, so
 * the type size and the box's height come from the line's length (about half an em a letter).
 */
function sourceBox(text: string): { size: number; h: number } {
  const width = (SLIDE_W - 2 * MARGIN) * 72;
  const linesAt = (size: number) => Math.max(1, Math.ceil((text.length * 0.5 * size) / width));
  const size = linesAt(10) <= 3 ? 10 : 8;
  return { size, h: (linesAt(size) * size * 1.3) / 72 + 0.1 };
}

/**
 * The deck as a PowerPoint file: one 16:9 slide per figure page, the figure as SVG with a
 * PNG fallback, its title in the title placeholder, its source line and terms under it, and
 * the talking points with their sources in the speaker notes. pptxgenjs is loaded only here.
 */
export async function deckPptx(doc: DeckDocument, png: SlidePng): Promise<Uint8Array> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = doc.title;
  pptx.author = doc.title;
  pptx.company = doc.title;
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
  pptx.defineSlideMaster({
    title: MASTER,
    background: { color: 'FFFFFF' },
    objects: [
      {
        placeholder: {
          options: {
            name: 'title',
            type: 'title',
            x: MARGIN,
            y: 0.1,
            w: SLIDE_W - 2 * MARGIN,
            h: TITLE_H,
            fontFace: FONT,
            fontSize: 20,
            bold: true,
            color: '1A1A1A',
            valign: 'middle',
          },
          text: '',
        },
      },
    ],
  });
  const figureTop = 0.1 + TITLE_H;
  // Each slide's PNG fallback: pptxgenjs draws one with a canvas in the browser and writes a
  // broken-image placeholder in Node, so the atlas puts its own (same size, same fonts) in place.
  const pngs = new Map<number, string>();
  for (const [index, slide] of doc.slides.entries()) {
    const s = pptx.addSlide({ masterName: MASTER });
    s.addText(slide.title, { placeholder: 'title', lang: doc.lang });
    const source = sourceBox(slide.sourceLine);
    const figureH = 7.5 - figureTop - source.h - 0.1;
    const w = Math.min(SLIDE_W - 2 * MARGIN, (figureH * slide.width) / slide.height);
    const h = (w * slide.height) / slide.width;
    s.addImage({
      data: `data:image/svg+xml;base64,${base64(new TextEncoder().encode(slide.svg))}`,
      x: (SLIDE_W - w) / 2,
      y: figureTop,
      w,
      h,
      altText: slide.title,
    });
    s.addText(slide.sourceLine, {
      x: MARGIN,
      y: 7.5 - source.h - 0.05,
      w: SLIDE_W - 2 * MARGIN,
      h: source.h,
      fontFace: FONT,
      fontSize: source.size,
      color: '333333',
      valign: 'top',
      lang: doc.lang,
    });
    s.addNotes(slide.notes);
    pngs.set(index + 1, `image/png;base64,${base64(await png(slide))}`);
  }
  const internal = pptx as unknown as { createChartMediaRels: MediaHook };
  const writeMedia = internal.createChartMediaRels;
  internal.createChartMediaRels = (slide, zip, promises) => {
    const fallback = pngs.get(slide._slideNum);
    for (const rel of slide._relsMedia ?? []) if (rel.isSvgPng && fallback) rel.data = fallback;
    writeMedia(slide, zip, promises);
  };
  const out = await pptx.write({ outputType: 'uint8array', compression: true });
  return out as Uint8Array;
}
