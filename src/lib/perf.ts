/** Performance marks the benchmark reads (performance.getEntriesByName('atlas:...')). */
export function markPerf(name: string): void {
  if (
    typeof performance !== 'undefined' &&
    performance.getEntriesByName(`atlas:${name}`).length === 0
  ) {
    performance.mark(`atlas:${name}`);
  }
}

interface RepaintLog {
  pendingSince: number | null;
  durations: number[];
}

const log: RepaintLog = { pendingSince: null, durations: [] };

/** Called on a user's filter change: the repaint timer starts at the input event. */
export function noteFilterInput(): void {
  if (typeof performance !== 'undefined') log.pendingSince ??= performance.now();
}

/** Called after the views have drawn new results: measured at the next animation frame. */
export function noteViewsDrawn(): void {
  const since = log.pendingSince;
  if (since === null || typeof requestAnimationFrame === 'undefined') return;
  requestAnimationFrame(() => {
    log.durations.push(performance.now() - since);
    log.pendingSince = null;
  });
}

export function repaintDurations(): number[] {
  return [...log.durations];
}
