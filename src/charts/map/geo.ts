/**
 * Country outlines for the map, read at build time from Natural Earth (public domain) as packaged
 * by `world-atlas`, and written as compact SVG path strings.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { GeoPermissibleObjects, GeoProjection } from 'd3-geo';
import { geoCentroid, geoPath } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** ISO 3166 numeric ids of Vietnam and the neighbours drawn around it. */
export const VIETNAM_ID = '704';
export const NEIGHBOUR_IDS = ['156', '418', '116', '764', '104'] as const;

export type Resolution = '50m' | '10m';
type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }>;

const cache = new Map<Resolution, Map<string, CountryFeature>>();

/**
 * Offshore islands east of 110.2°E and south of 18.5°N are left out of every outline: the data
 * source's treatment of the disputed archipelagos there is not the site's to make.
 */
function isOffshoreSouthSea(polygon: Polygon['coordinates']): boolean {
  const [lon, lat] = geoCentroid({ type: 'Polygon', coordinates: polygon });
  return lon > 110.2 && lat < 18.5;
}

function withoutOffshore(f: CountryFeature): CountryFeature {
  const g = f.geometry;
  if (g.type === 'Polygon') return f;
  return { ...f, geometry: { type: 'MultiPolygon', coordinates: g.coordinates.filter((p) => !isOffshoreSouthSea(p)) } };
}

/** The countries drawn on the map, by numeric id, at a Natural Earth resolution. */
export function getCountries(resolution: Resolution): Map<string, CountryFeature> {
  const hit = cache.get(resolution);
  if (hit) return hit;
  // Resolved from the project root so the same code works under Vitest and inside Astro's build.
  const require = createRequire(join(process.cwd(), 'package.json'));
  const file = require.resolve(`world-atlas/countries-${resolution}.json`);
  const topo = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const wanted = new Set<string>([VIETNAM_ID, ...NEIGHBOUR_IDS]);
  const byId = new Map<string, CountryFeature>();
  for (const g of topo.objects.countries.geometries) {
    if (g.id === undefined || !wanted.has(String(g.id))) continue;
    byId.set(String(g.id), withoutOffshore(feature(topo, g) as unknown as CountryFeature));
  }
  cache.set(resolution, byId);
  return byId;
}

/**
 * A d3-geo path context that writes rounded, relative coordinates and drops points closer than
 * `tolerance` to the last one kept (rings smaller than that vanish), which keeps outlines small.
 */
class CompactPath {
  private out: string[] = [];
  private ring: [number, number][] = [];
  constructor(
    private readonly tolerance: number,
    private readonly digits: number,
  ) {}
  private round(v: number): number {
    const k = 10 ** this.digits;
    return Math.round(v * k) / k;
  }
  private flush(close: boolean) {
    const ring = this.ring;
    this.ring = [];
    if (ring.length < 2) return;
    const xs = ring.map((p) => p[0]);
    const ys = ring.map((p) => p[1]);
    if (close && Math.max(...xs) - Math.min(...xs) < this.tolerance * 2 && Math.max(...ys) - Math.min(...ys) < this.tolerance * 2) return;
    let [px, py] = ring[0]!;
    const parts = [`M${px},${py}`];
    for (const [x, y] of ring.slice(1)) {
      const dx = this.round(x - px);
      const dy = this.round(y - py);
      parts.push(`l${dx}${dy < 0 ? '' : ','}${dy}`);
      px = this.round(px + dx);
      py = this.round(py + dy);
    }
    this.out.push(parts.join('') + (close ? 'Z' : ''));
  }
  moveTo(x: number, y: number) {
    this.flush(false);
    this.ring.push([this.round(x), this.round(y)]);
  }
  lineTo(x: number, y: number) {
    const last = this.ring[this.ring.length - 1];
    if (last && Math.hypot(x - last[0], y - last[1]) < this.tolerance) return;
    this.ring.push([this.round(x), this.round(y)]);
  }
  closePath() {
    this.flush(true);
  }
  arc() {}
  toString(): string {
    this.flush(false);
    return this.out.join('');
  }
}

/** Writes a GeoJSON object as a compact SVG path with the given projection and simplification. */
export function toCompactPath(object: GeoPermissibleObjects, projection: GeoProjection, tolerance: number): string {
  const digits = Math.max(0, Math.min(3, Math.ceil(-Math.log10(tolerance / 1.2))));
  const context = new CompactPath(tolerance, digits);
  geoPath(projection, context as unknown as CanvasRenderingContext2D)(object);
  return context.toString();
}
