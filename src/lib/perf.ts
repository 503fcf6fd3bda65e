/** Performance marks and timings the benchmark reads (through the bench=1 hooks). */
export function markPerf(name: string): void {
  if (
    typeof performance !== 'undefined' &&
    performance.getEntriesByName(`atlas:${name}`).length === 0
  ) {
    performance.mark(`atlas:${name}`);
  }
}

/** True only when the query holds exactly one `bench` parameter whose value is `1`. */
export function isBenchQuery(search: string): boolean {
  const values = new URLSearchParams(search).getAll('bench');
  return values.length === 1 && values[0] === '1';
}

const timings = {
  pendingSince: null as number | null,
  /** Figures scheduled to draw after the first paint (off screen) that have not drawn yet. */
  outstanding: 0,
  allSince: null as number | null,
  repaints: [] as number[],
  allDrawn: [] as number[],
};

const now = () => (typeof performance === 'undefined' ? 0 : performance.now());

/** Called on a user's filter or language change: the timers start at the input event. */
export function noteFilterInput(): void {
  timings.pendingSince ??= now();
  timings.allSince ??= timings.pendingSince;
}

/** Called once the views on screen have drawn new results: measured at the next animation frame. */
export function noteViewsDrawn(): void {
  const since = timings.pendingSince;
  if (since === null || typeof requestAnimationFrame === 'undefined') return;
  timings.pendingSince = null;
  requestAnimationFrame(() => {
    timings.repaints.push(now() - since);
    if (timings.outstanding === 0) finishAll();
  });
}

export function noteFigureDeferred(): void {
  timings.outstanding++;
}

export function noteDeferredFigureDrawn(): void {
  timings.outstanding = Math.max(0, timings.outstanding - 1);
  if (timings.outstanding === 0 && timings.pendingSince === null) finishAll();
}

/** A deferred draw that was replaced by a newer one before it ran. */
export function noteDeferredFigureCancelled(): void {
  timings.outstanding = Math.max(0, timings.outstanding - 1);
}

function finishAll(): void {
  const since = timings.allSince;
  if (since === null) return;
  timings.allSince = null;
  timings.allDrawn.push(now() - since);
}

export function repaintDurations(): number[] {
  return [...timings.repaints];
}

export function allViewsDrawnDurations(): number[] {
  return [...timings.allDrawn];
}
