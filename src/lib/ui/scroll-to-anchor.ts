/**
 * Brings a shared figure into view and keeps it there while the figures above it draw (they
 * change height as they arrive), until the reader scrolls, types or taps, or for a few seconds.
 */
export function scrollToAnchor(id: string, container: Element, settleMs = 4000): void {
  const target = document.getElementById(id);
  if (!target) return;
  const place = () => target.scrollIntoView({ block: 'start' });
  place();
  const observer = new ResizeObserver(place);
  observer.observe(container);
  const events = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
  const stop = () => {
    observer.disconnect();
    for (const name of events) removeEventListener(name, stop);
  };
  for (const name of events) addEventListener(name, stop, { once: true, passive: true });
  window.setTimeout(stop, settleMs);
}
