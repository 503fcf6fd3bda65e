import { describe, expect, it } from 'vitest';
import { placeSymbols } from '../../src/lib/map/symbol-placement';

describe('micro-state symbol placement', () => {
  it('keeps a symbol on its anchor when there is room', () => {
    const placed = placeSymbols(
      [
        { key: 'A', anchor: [0, 0] },
        { key: 'B', anchor: [100, 0] },
      ],
      27,
    );
    expect(placed.map((p) => p.position)).toEqual([
      [0, 0],
      [100, 0],
    ]);
  });

  it('moves overlapping symbols apart so no two hit targets overlap', () => {
    const anchors: [number, number][] = [
      [10, 10],
      [12, 14],
      [11, 9],
      [40, 12],
      [13, 11],
      [9, 12],
    ];
    const placed = placeSymbols(
      anchors.map((anchor, i) => ({ key: String(i), anchor })),
      27,
    );
    for (const a of placed)
      for (const b of placed)
        if (a !== b)
          expect(
            Math.hypot(a.position[0] - b.position[0], a.position[1] - b.position[1]),
          ).toBeGreaterThanOrEqual(27 - 1e-9);
    expect(placed.map((p) => p.anchor)).toEqual(anchors);
  });
});
