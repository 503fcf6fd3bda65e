import { measureWithFontMetrics } from '../../src/lib/charts/font-measure';

/** A box in the SVG's own coordinates. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The translate and scale of an element and its ancestors, as an offset and a scale. */
export function placementOf(element: Element): { dx: number; dy: number; scale: number } {
  const chain: Element[] = [];
  for (let e: Element | null = element; e && e.tagName !== 'svg'; e = e.parentElement)
    chain.unshift(e);
  let dx = 0;
  let dy = 0;
  let scale = 1;
  for (const e of chain) {
    const transform = e.getAttribute('transform') ?? '';
    for (const [, op, args] of transform.matchAll(/(translate|scale)\(([^)]*)\)/g)) {
      const [a = 0, b] = (args ?? '').split(/[ ,]+/).filter(Boolean).map(Number);
      if (op === 'translate') {
        dx += a * scale;
        dy += (b ?? 0) * scale;
      } else scale *= a;
    }
  }
  return { dx, dy, scale };
}

function inherited(element: Element, name: string): string | null {
  for (let e: Element | null = element; e; e = e.parentElement) {
    const value = e.getAttribute(name);
    if (value !== null) return value;
  }
  return null;
}

/**
 * The box of each visible text of an SVG (not inside a hidden group of a hidden group, as the
 * browser check reads them), measured with the shipped font's advance widths: without a
 * browser, what a slide's text covers, to find text that overlaps or leaves the page.
 */
export function textBoxes(svg: Element): { text: string; box: Box }[] {
  return [...svg.querySelectorAll('text')]
    .filter(
      (t) =>
        (t.textContent ?? '').trim() !== '' &&
        !t.closest('[aria-hidden="true"] [aria-hidden="true"]') &&
        !t.closest('metadata, defs, clipPath'),
    )
    .map((t) => {
      const text = t.textContent ?? '';
      const { dx, dy, scale } = placementOf(t);
      const size = Number(inherited(t, 'font-size') ?? 16);
      const bold = ['700', 'bold'].includes(inherited(t, 'font-weight') ?? '');
      const width = measureWithFontMetrics(text, size, bold);
      const anchor = inherited(t, 'text-anchor') ?? 'start';
      const shiftEm = /^(-?[\d.]+)em$/.exec(t.getAttribute('dy') ?? '')?.[1];
      const y = Number(t.getAttribute('y') ?? 0) + (shiftEm ? Number(shiftEm) * size : 0);
      const x =
        Number(t.getAttribute('x') ?? 0) -
        (anchor === 'middle' ? width / 2 : anchor === 'end' ? width : 0);
      return {
        text,
        box: {
          left: dx + x * scale,
          right: dx + (x + width) * scale,
          top: dy + (y - 0.78 * size) * scale,
          bottom: dy + (y + 0.22 * size) * scale,
        },
      };
    });
}

/** Text that leaves the `width` x `height` page or overlaps other text by more than 2 px. */
export function textFitProblems(svg: Element, width: number, height: number): string[] {
  const boxes = textBoxes(svg);
  const problems: string[] = [];
  for (const { text, box } of boxes)
    if (box.left < -0.5 || box.top < -0.5 || box.right > width + 0.5 || box.bottom > height + 0.5)
      problems.push(`outside: ${text}`);
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!.box;
      const b = boxes[j]!.box;
      if (
        Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2 &&
        Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2
      )
        problems.push(`overlap: "${boxes[i]!.text}" / "${boxes[j]!.text}"`);
    }
  return problems;
}
