/**
 * Build-time label placement: each label tries positions around its anchor, nearest first, and
 * takes the first whose box stays inside the bounds and clears every box already taken.
 */

/** An axis-aligned box in SVG user units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** True when two boxes overlap by more than `pad` (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box, pad = 0): boolean {
  return a.x < b.x + b.width + pad && b.x < a.x + a.width + pad && a.y < b.y + b.height + pad && b.y < a.y + a.height + pad;
}

/** True when `inner` lies inside `outer`. */
export function boxInside(inner: Box, outer: Box): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

export interface LabelRequest {
  id: string;
  /** The point the label belongs to. */
  anchor: { x: number; y: number };
  width: number;
  height: number;
  /** Gap between the anchor and the nearest edge of the label. */
  gap: number;
}

export interface PlacedLabel extends Box {
  id: string;
  anchor: { x: number; y: number };
  /** True when the label sits away from its point and needs a leader line. */
  leader: boolean;
}

// Directions tried around the point, in order of preference: right, left, above, below, diagonals.
const directions: [number, number][] = [
  [1, 0],
  [-1, 0],
  [0, -1],
  [0, 1],
  [1, -1],
  [-1, -1],
  [1, 1],
  [-1, 1],
];

function candidate(req: LabelRequest, [dx, dy]: [number, number], distance: number, align: number): Box {
  const { x, y } = req.anchor;
  // Above/below, `align` slides the label from centred (0) to starting (-1) or ending (1) at the point.
  const cx = dx > 0 ? x + distance : dx < 0 ? x - distance - req.width : x - req.width / 2 + (align * req.width) / 2 - align * 6;
  const cy = dy > 0 ? y + distance : dy < 0 ? y - distance - req.height : y - req.height / 2;
  return { x: cx, y: cy, width: req.width, height: req.height };
}

/** A straight segment that labels should not cover (e.g. a distance line). */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** True when a segment passes through a box (Liang–Barsky clipping). */
export function segmentHitsBox(s: Segment, b: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const checks: [number, number][] = [
    [-dx, s.x1 - b.x],
    [dx, b.x + b.width - s.x1],
    [-dy, s.y1 - b.y],
    [dy, b.y + b.height - s.y1],
  ];
  for (const [p, q] of checks) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}

/** True when two segments cross at a point inside both (touching at an end does not count). */
export function segmentsCross(a: Segment, b: Segment): boolean {
  const side = (s: Segment, x: number, y: number) => Math.sign((s.x2 - s.x1) * (y - s.y1) - (s.y2 - s.y1) * (x - s.x1));
  return side(a, b.x1, b.y1) * side(a, b.x2, b.y2) < 0 && side(b, a.x1, a.y1) * side(b, a.x2, a.y2) < 0;
}

/** The leader from a label's anchor to the nearest point of its box: the one placement checks and a chart draws. */
export function leaderOf(box: Box, anchor: { x: number; y: number }): Segment {
  return {
    x1: anchor.x,
    y1: anchor.y,
    x2: Math.max(box.x, Math.min(anchor.x, box.x + box.width)),
    y2: Math.max(box.y, Math.min(anchor.y, box.y + box.height)),
  };
}

/**
 * How hard a placement tries to keep clear of the lines: first the label and its leader, near its
 * point; then the label alone (a leader may cross a line, the words may not), further out if need
 * be, where the lines fan apart; then neither.
 */
const linePasses = [
  { box: true, leader: true, steps: [1, 2, 3, 4.5, 6] },
  { box: true, leader: false, steps: [1, 2, 3, 4.5, 6, 8, 10, 13, 16] },
  { box: false, leader: false, steps: [1, 2, 3, 4.5, 6] },
];

/**
 * Places labels in the given order (most important first). Labels that fit nowhere are left out
 * of the result, so callers decide whether a missing label is acceptable.
 */
export function placeLabels(
  requests: LabelRequest[],
  obstacles: Box[],
  bounds: Box,
  pad = 2,
  segments: Segment[] = [],
): PlacedLabel[] {
  const taken: Box[] = [...obstacles];
  const placed: PlacedLabel[] = [];
  for (const req of requests) {
    let found: PlacedLabel | undefined;
    for (const pass of segments.length ? linePasses : linePasses.slice(-1)) {
      for (const step of pass.steps) {
        for (const [dir, align] of directions.flatMap((d) => (d[0] === 0 ? [0, 1, -1].map((a) => [d, a] as const) : [[d, 0] as const]))) {
          const box = candidate(req, dir, req.gap * step, align);
          if (!boxInside(box, bounds)) continue;
          if (taken.some((o) => boxesOverlap(box, o, pad))) continue;
          if (pass.box && segments.some((sg) => segmentHitsBox(sg, box))) continue;
          if (pass.leader && step > 1 && segments.some((sg) => segmentsCross(sg, leaderOf(box, req.anchor)))) continue;
          found = { ...box, id: req.id, anchor: req.anchor, leader: step > 1 };
          break;
        }
        if (found) break;
      }
      if (found) break;
    }
    if (found) {
      placed.push(found);
      taken.push(found);
    }
  }
  return placed;
}
