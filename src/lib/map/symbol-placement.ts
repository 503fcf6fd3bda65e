export interface PlacedSymbol {
  key: string;
  anchor: [number, number];
  position: [number, number];
}

/**
 * Places symbols at their anchors, moving any that would overlap an already placed one
 * to the nearest free spot on rings around its anchor (deterministic: input order, fixed
 * angles). The caller draws a leader line when position and anchor differ.
 */
export function placeSymbols(
  items: { key: string; anchor: [number, number]; start?: [number, number] }[],
  minDistance: number,
): PlacedSymbol[] {
  const placed: PlacedSymbol[] = [];
  const free = (x: number, y: number) =>
    placed.every((p) => Math.hypot(p.position[0] - x, p.position[1] - y) >= minDistance);
  for (const item of items) {
    let position: [number, number] = item.start ?? item.anchor;
    search: for (let ring = 0; ring <= 6 && !free(...position); ring++) {
      const radius = minDistance * (ring + 1);
      for (let step = 0; step < 16; step++) {
        const angle = Math.PI / 2 + (step * Math.PI) / 8;
        const candidate: [number, number] = [
          item.anchor[0] + radius * Math.cos(angle),
          item.anchor[1] + radius * Math.sin(angle),
        ];
        if (free(...candidate)) {
          position = candidate;
          break search;
        }
      }
    }
    placed.push({ key: item.key, anchor: item.anchor, position });
  }
  return placed;
}
