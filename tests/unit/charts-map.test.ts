import { describe, expect, it } from 'vitest';
import { buildMapModel, MAP_DEFAULT_STATE, MAP_STATES } from '../../src/charts/map/model';
import { boxesOverlap, boxInside, segmentHitsBox, segmentsCross } from '../../src/charts/shared/labelLayout';
import { chartStates } from '../../src/charts/registry';
import { data, getFigure } from '../../src/data';
import { formatFigure } from '../../src/i18n/format';
import { localeCodes } from '../../src/i18n/locales';

/** Independent haversine reference (km) for the derived distances. */
function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

const models = Object.fromEntries(localeCodes.map((l) => [l, buildMapModel(l)]));

describe('map', () => {
  it('derives straight-line distances from Thái Nguyên that match a haversine reference within 1 km', () => {
    const origin = data.places.find((p) => p.id === 'thai-nguyen')!;
    for (const p of data.places.filter((q) => q.id !== 'thai-nguyen')) {
      const fig = getFigure(`distance-thai-nguyen-to-${p.id}`);
      expect('value' in fig && Math.abs(fig.value - haversineKm(origin, p))).toBeLessThan(1);
    }
  });

  it('handles every state named in the registry, in both layouts', () => {
    expect([...MAP_STATES]).toEqual([...chartStates.map]);
    for (const m of Object.values(models))
      for (const layout of Object.values(m.layouts)) {
        expect(layout.views.map((v) => v.state)).toEqual([...chartStates.map]);
        expect(layout.outlines.map((o) => o.state)).toEqual([...chartStates.map]);
      }
  });

  it('labels every place with its distance in the build-time state, in every locale and layout', () => {
    for (const m of Object.values(models))
      for (const layout of Object.values(m.layouts)) {
        const view = layout.views.find((v) => v.state === MAP_DEFAULT_STATE)!;
        expect(view.points.map((p) => p.id).sort()).toEqual(data.places.map((p) => p.id).sort());
        expect(view.labels.filter((l) => !l.id.startsWith('country-')).map((l) => l.id).sort()).toEqual(data.places.map((p) => p.id).sort());
      }
  });

  it('keeps label boxes apart and inside the map at every state, layout and locale', () => {
    for (const m of Object.values(models))
      for (const layout of Object.values(m.layouts))
        for (const v of layout.views) {
          const bounds = { x: 0, y: 0, width: layout.width, height: layout.mapHeight };
          const boxes = [...v.labels.map((l) => l.box), ...(v.key ? [v.key.box] : [])];
          boxes.forEach((a, i) => {
            expect(boxInside(a, bounds)).toBe(true);
            boxes.slice(i + 1).forEach((b) => expect(boxesOverlap(a, b)).toBe(false));
          });
        }
  });

  it('keeps every place label clear of the distance lines, in every layout, state and locale', () => {
    // Before, Nội Bài's label sat across two lines on the wide map in en and vi; on the phone's, the
    // names wrapped at half the map's width and Nội Bài's (en) and Hòa Lạc's (ko) lay across four.
    for (const [locale, m] of Object.entries(models))
      for (const view of [...m.layouts.wide.views, ...m.layouts.narrow.views])
        for (const label of view.labels.filter((l) => !l.id.startsWith('country-'))) {
          const crossed = view.lines.filter((line) => line.id !== label.id && segmentHitsBox(line, label.box)).map((line) => line.id);
          expect(crossed, `${locale} ${view.state}: the ${label.id} label`).toEqual([]);
        }
  });

  it('tells crossing segments from ones that only meet at an end', () => {
    const a = { x1: 0, y1: 0, x2: 10, y2: 10 };
    expect(segmentsCross(a, { x1: 0, y1: 10, x2: 10, y2: 0 })).toBe(true);
    expect(segmentsCross(a, { x1: 10, y1: 10, x2: 20, y2: 0 })).toBe(false);
    expect(segmentsCross(a, { x1: 20, y1: 0, x2: 30, y2: 10 })).toBe(false);
  });

  it('puts the Hòa Lạc data centres on one approximate point and keeps An Khánh off the map', () => {
    const m = models.en!;
    const corridor = m.layouts.wide.views.find((v) => v.state === 'corridor')!;
    const hoaLac = corridor.points.find((p) => p.id === 'hoa-lac-hi-tech-park')!;
    expect(hoaLac.approximate).toBe(true);
    expect(hoaLac.dataCentres).toBe(3);
    expect(corridor.points.some((p) => p.id.includes('an-khanh'))).toBe(false);
    const legend = m.layouts.wide.legend.flatMap((i) => i.lines.map((l) => l.text)).join(' ');
    expect(legend).toContain('Viettel An Khánh Data Center: in Hà Nội, site not mapped');
  });

  it("shows the data module's numbers in the table, in every locale", () => {
    for (const [locale, m] of Object.entries(models)) {
      const l = locale as (typeof localeCodes)[number];
      for (const p of data.places.filter((q) => q.id !== 'thai-nguyen')) {
        const cell = formatFigure(getFigure(`distance-thai-nguyen-to-${p.id}`), l, { qualifier: 'symbol' });
        expect(m.frame.table.rows.some((r) => r[1] === cell)).toBe(true);
      }
      const road = formatFigure(getFigure('thai-nguyen-ha-noi-road-distance'), l, { qualifier: 'symbol' });
      expect(m.frame.table.rows.some((r) => r[1] === road)).toBe(true);
    }
  });

  it('keeps the outline small', () => {
    for (const layout of Object.values(models.vi!.layouts)) {
      const chars = layout.outlines.reduce((n, o) => n + o.vietnam.length + o.neighbours.length, 0);
      expect(chars).toBeLessThan(40_000);
    }
  });
});
