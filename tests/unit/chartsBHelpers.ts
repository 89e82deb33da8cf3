/** Shared checks for the scene-based charts (investment, market, province, timeline). */
import { expect } from 'vitest';
import { getSceneTextBoxes, type Scene } from '../../src/charts/shared/scene';
import { findOverlaps, isInside } from '../../src/charts/shared/textMetrics';

/** Asserts no two text boxes overlap and all lie inside the viewBox. */
export function expectCleanLabels(scene: Scene, where: string): void {
  const boxes = getSceneTextBoxes(scene);
  const overlaps = findOverlaps(boxes.map((b) => b.box)).map(([i, j]) => `"${boxes[i]!.text}" × "${boxes[j]!.text}"`);
  expect(overlaps, `${where}: overlapping labels`).toEqual([]);
  const outside = boxes.filter((b) => !isInside(b.box, scene.width, scene.height)).map((b) => b.text);
  expect(outside, `${where}: labels outside the ${scene.width}×${scene.height} viewBox`).toEqual([]);
}

/** Asserts every state emphasises something and the smallest text is legible at `renderWidth` px. */
export function expectStatesAndLegibility(scene: Scene, states: readonly string[], renderWidth: number, where: string): void {
  for (const state of states) {
    const on = scene.prims.filter((p) => !p.in || p.in.includes(state));
    expect(on.length, `${where}: state "${state}" emphasises nothing`).toBeGreaterThan(0);
  }
  const tagged = new Set(scene.prims.flatMap((p) => p.in ?? []));
  for (const s of tagged) expect(states, `${where}: unknown state "${s}" in the scene`).toContain(s);
  // Views a drawing pans to: named states only, each a slice inside the chart at least a row of
  // text high (a focus on the last row of the wide timeline is that row).
  for (const [state, view] of Object.entries(scene.views ?? {})) {
    expect(states, `${where}: view for unknown state "${state}"`).toContain(state);
    const [x, y, w, h] = view.split(' ').map(Number);
    expect(x! >= 0 && y! >= 0 && w! > 0 && h! > 20 && x! + w! <= scene.width && y! + h! <= scene.height + 8, `${where}: view "${view}"`).toBe(true);
  }
  const smallest = Math.min(...scene.prims.flatMap((p) => (p.kind === 'text' ? [p.size] : [])));
  expect((smallest * renderWidth) / scene.width, `${where}: smallest text in px at ${renderWidth} px`).toBeGreaterThanOrEqual(12);
}

/** Narrowest rendered width of each layout: a 360 px phone (narrow) and a 32rem container (wide). */
export const RENDER_WIDTH = { narrow: 286, wide: 512 } as const;
