/**
 * Runs in the page: the text of each figure under `selector` that leaves the figure's frame (or,
 * with `edge`, the window's width) or overlaps other text by more than 2 px. Written without
 * closures so that the browser can run it as it is.
 */
export function textFitIssues({ selector, edge }: { selector: string; edge: boolean }): string[] {
  const issues: string[] = [];
  for (const svg of document.querySelectorAll(selector)) {
    const frame = svg.getBoundingClientRect();
    const name = svg.getAttribute('data-figure') ?? 'svg';
    const boxes = [...svg.querySelectorAll('text')]
      .filter((t) => {
        if ((t.textContent ?? '').trim() === '') return false;
        if (t.closest('[aria-hidden="true"] [aria-hidden="true"]')) return false;
        const style = getComputedStyle(t);
        return style.display !== 'none' && style.visibility !== 'hidden' && style.opacity !== '0';
      })
      .map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }));
    const right = edge ? Math.min(frame.right, document.documentElement.clientWidth) : frame.right;
    const left = edge ? Math.max(frame.left, 0) : frame.left;
    for (const { text, box } of boxes)
      if (
        box.left < left - 0.5 ||
        box.right > right + 0.5 ||
        box.top < frame.top - 0.5 ||
        box.bottom > frame.bottom + 0.5
      )
        issues.push(`${name}: outside: ${text}`);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.box;
        const b = boxes[j]!.box;
        if (
          Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2 &&
          Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2
        )
          issues.push(`${name}: overlap: "${boxes[i]!.text}" / "${boxes[j]!.text}"`);
      }
  }
  return issues;
}
