import { describe, expect, it } from 'vitest';
import { chartStates } from '../../src/charts/registry';
import { buildTimelineModel, laneSymbols, timelineFocus, timelineLanes, timelineStates } from '../../src/charts/timeline/model';
import { data } from '../../src/data';
import { localeCodes } from '../../src/i18n/locales';
import { label } from '../../src/i18n/t';
import { expectCleanLabels, expectStatesAndLegibility, RENDER_WIDTH } from './chartsBHelpers';

describe('timeline chart', () => {
  it('handles exactly the states named in the registry', () => {
    expect([...timelineStates]).toEqual([...chartStates.timeline]);
  });

  it('marks each lane with its own shape, not only its own colour', () => {
    const shapes = timelineLanes.map((l) => laneSymbols[l].d);
    expect(new Set(shapes).size).toBe(timelineLanes.length);
  });

  it('shows every dated event but changes of leaders once, in date order, and emphasises the law events for "laws"', () => {
    const m = buildTimelineModel('en');
    const drawn = data.events.filter((e) => e.kind !== 'leadership');
    expect(m.rows.map((r) => r.id).sort()).toEqual(drawn.map((e) => e.id).sort());
    const dates = m.rows.map((r) => r.date);
    expect(dates).toEqual([...dates].sort());
    const symbols = m.wide.prims.filter((p) => p.kind === 'path' && p.in);
    const laws = data.events.filter((e) => e.kind === 'law').length;
    // One symbol per event plus one per lane in the legend.
    expect(symbols.filter((p) => p.in!.includes('laws'))).toHaveLength(laws + 1);
    expect(symbols.filter((p) => p.in!.includes('all'))).toHaveLength(drawn.length + timelineLanes.length);
  });

  it('pans the phone layout to the law events for "laws"', () => {
    const scene = buildTimelineModel('en').narrow;
    const [, y, , h] = scene.views!.laws!.split(' ').map(Number);
    expect(y).toBeGreaterThan(0);
    expect(y! + h!).toBeLessThanOrEqual(scene.height + 8);
  });

  it('pans the phone layout to the first law a focus state names, below the first law, and lights only the named laws', () => {
    const m = buildTimelineModel('en');
    const [, lawsTop] = m.narrow.views!.laws!.split(' ').map(Number);
    for (const [state, eventIds] of Object.entries(timelineFocus)) {
      const [, y, , h] = m.narrow.views![state]!.split(' ').map(Number);
      expect(y, state).toBeGreaterThanOrEqual(lawsTop!);
      expect(y! + h!).toBeLessThanOrEqual(m.narrow.height + 8);
      // The first named event's date is the first text of the band.
      const first = m.rows.find((r) => r.id === eventIds[0])!;
      const firstText = m.narrow.prims.filter((p) => p.kind === 'text' && p.y > y!).sort((a, b) => (a as { y: number }).y - (b as { y: number }).y)[0];
      expect(firstText && 'text' in firstText ? firstText.text : '', state).toBe(first.dateText);
      // Rows' symbols come after the legend's, one per lane, in row order.
      const symbols = m.wide.prims.filter((p) => p.kind === 'path' && p.in).slice(timelineLanes.length);
      const lit = m.rows.filter((_, i) => symbols[i]!.in!.includes(state)).map((r) => r.id);
      expect(lit.sort(), state).toEqual([...eventIds].sort());
    }
  });

  it('lights the data centres and the memorandum for "data-centres", and starts its band at the first of the memorandum’s year', () => {
    const m = buildTimelineModel('en');
    for (const layout of ['wide', 'narrow'] as const) {
      const scene = m[layout];
      const symbols = scene.prims.filter((p) => p.kind === 'path' && p.in && p.in.includes('all'));
      const lit = symbols.filter((p) => p.in!.includes('data-centres'));
      // One symbol per row; the legend's symbols come first, one per lane.
      const laneOf = (i: number) => (i < timelineLanes.length ? timelineLanes[i] : m.rows[i - timelineLanes.length]!.lane);
      expect(symbols.map((_, i) => laneOf(i)).filter((_, i) => lit.includes(symbols[i]!)).every((l) => l === 'facility' || l === 'project'), layout).toBe(true);
      expect(lit.length, layout).toBe(2 + m.rows.filter((r) => r.lane === 'facility' || r.lane === 'project').length);
      const [, y] = scene.views!['data-centres']!.split(' ').map(Number);
      const mouYear = m.rows.find((r) => r.id === 'mou-signed')!.date.slice(0, 4);
      const firstFacility = m.rows.find((r) => r.lane === 'facility' && r.date.startsWith(mouYear))!;
      // The band starts above the row's baseline (in the wide layout, rows sit too close for more).
      const rowText = scene.prims.find((p) => p.kind === 'text' && p.text === firstFacility.dateText)!;
      expect(y, layout).toBeLessThan((rowText as { y: number }).y);
      if (layout === 'narrow') {
        const firstText = scene.prims.filter((p) => p.kind === 'text' && p.y > y!).sort((a, b) => (a as { y: number }).y - (b as { y: number }).y)[0];
        expect(firstText && 'text' in firstText ? firstText.text : '').toBe(firstFacility.dateText);
      }
    }
  });

  it('lights everything for "latest" but starts its band at the memorandum’s row', () => {
    const m = buildTimelineModel('en');
    const parts = m.narrow.prims.filter((p) => p.in);
    expect(parts.filter((p) => p.in!.includes('latest'))).toEqual(parts.filter((p) => p.in!.includes('all')));
    const [, y] = m.narrow.views!.latest!.split(' ').map(Number);
    const mou = m.rows.find((r) => r.id === 'mou-signed')!;
    const firstText = m.narrow.prims.filter((p) => p.kind === 'text' && p.y > y!).sort((a, b) => (a as { y: number }).y - (b as { y: number }).y)[0];
    expect(firstText && 'text' in firstText ? firstText.text : '').toBe(mou.dateText);
  });

  for (const locale of localeCodes) {
    it(`(${locale}) the table lists every event with its localised label`, () => {
      const m = buildTimelineModel(locale);
      expect(m.frame.table.rows.map((r) => r[1])).toEqual(m.rows.map((r) => label(locale, 'events', r.id)));
    });

    for (const layout of ['wide', 'narrow'] as const) {
      it(`(${locale}, ${layout}) labels do not overlap or clip, every state emphasises something, text ≥ 12 px`, () => {
        const scene = buildTimelineModel(locale)[layout];
        expectCleanLabels(scene, `${locale} ${layout}`);
        expectStatesAndLegibility(scene, timelineStates, RENDER_WIDTH[layout], `${locale} ${layout}`);
      });
    }
  }
});
