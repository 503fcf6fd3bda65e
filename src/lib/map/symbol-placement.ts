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

/**
 * Places named symbols (the micro-states on a phone's map) in rows of a list: each a symbol of
 * `radius` and its name; their centres and the list's height.
 */
export function microStateList(
  names: { iso3: string; name: string }[],
  box: { width: number; labelSize: number; radius: number; rowHeight: number },
  measure: (text: string, size: number) => number,
): { positions: Map<string, [number, number]>; height: number } {
  const positions = new Map<string, [number, number]>();
  let x = 0;
  let row = 0;
  for (const { iso3, name } of names) {
    const itemWidth = box.radius * 2 + 4 + measure(name, box.labelSize) + 10;
    if (x > 0 && x + itemWidth > box.width) {
      x = 0;
      row += 1;
    }
    positions.set(iso3, [x + box.radius, row * box.rowHeight + box.rowHeight / 2]);
    x += itemWidth;
  }
  return { positions, height: names.length ? (row + 1) * box.rowHeight : 0 };
}
