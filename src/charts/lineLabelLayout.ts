export interface LabelRequest {
  id: string;
  /** Wanted vertical centre, in pixels (usually the line's last y). */
  y: number;
  height: number;
}

export interface PlacedLabel {
  id: string;
  /** Placed vertical centre. */
  y: number;
  desiredY: number;
  /** False when there was no room; the line is still named by the tooltip and the table. */
  isVisible: boolean;
}

interface Block {
  members: LabelRequest[];
  top: number;
  height: number;
}

function placeBlock(block: Block, min: number, max: number): void {
  // The top that keeps members nearest their wanted centres (least squares), then kept in bounds.
  let offset = 0;
  let sum = 0;
  for (const m of block.members) {
    sum += m.y - m.height / 2 - offset;
    offset += m.height;
  }
  const ideal = sum / block.members.length;
  block.top = Math.min(Math.max(ideal, min), Math.max(min, max - block.height));
}

/**
 * End-of-line labels that do not overlap: overlapping labels merge into a block centred on their
 * wanted positions, repeated until nothing overlaps (order top-to-bottom is kept). When they cannot
 * all fit in [min, max], labels are dropped from the end of the input (lowest priority) until they do.
 */
export function layoutLineLabels(
  requests: readonly LabelRequest[],
  bounds: readonly [number, number],
): PlacedLabel[] {
  const [min, max] = bounds;
  const available = Math.max(0, max - min);
  const kept: LabelRequest[] = [];
  let used = 0;
  for (const r of requests) {
    if (used + r.height <= available + 1e-9) {
      kept.push(r);
      used += r.height;
    }
  }

  const blocks: Block[] = [...kept]
    .sort((a, b) => a.y - b.y || a.id.localeCompare(b.id))
    .map((r) => ({ members: [r], top: 0, height: r.height }));
  blocks.forEach((b) => placeBlock(b, min, max));

  let hasOverlap = true;
  while (hasOverlap) {
    hasOverlap = false;
    for (let i = 1; i < blocks.length; i += 1) {
      const above = blocks[i - 1];
      const below = blocks[i];
      if (!above || !below) continue;
      if (above.top + above.height > below.top + 1e-9) {
        above.members.push(...below.members);
        above.height += below.height;
        blocks.splice(i, 1);
        placeBlock(above, min, max);
        hasOverlap = true;
        break;
      }
    }
  }

  const placed = new Map<string, number>();
  for (const block of blocks) {
    let offset = block.top;
    for (const m of block.members) {
      placed.set(m.id, offset + m.height / 2);
      offset += m.height;
    }
  }
  return requests.map((r) => {
    const y = placed.get(r.id);
    return { id: r.id, y: y ?? r.y, desiredY: r.y, isVisible: y !== undefined };
  });
}
