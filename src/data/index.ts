import { events } from './events';
import { facilities } from './facilities';
import { figures as reportedFigures } from './figures';
import { places } from './places';
import { projects } from './projects';
import { sources } from './sources';
import { deriveDistance, deriveRemainderShare, deriveUsdPerMw, deriveVndAtImpliedRate } from './derived';
import type { Figure } from './types';
import { validateData } from './validate';

export type { Figure, NumericFigure, RangeFigure } from './types';
export { isRange } from './types';

/** The validated data; importing this module fails the build with a named file and field on bad data. */
export const data = validateData({ sources, figures: reportedFigures, places, events, facilities, projects });

const figureById = new Map<string, Figure>(data.figures.map((f) => [f.id, f as Figure]));

function addDerived(f: Figure) {
  if (figureById.has(f.id)) throw new Error(`src/data/derived.ts: derived id "${f.id}" collides with a figure in src/data/figures.ts`);
  figureById.set(f.id, f);
}

// USD per MW for every project that discloses its investment (Thái Nguyên's included).
for (const p of data.projects) {
  if (!p.investment) continue;
  addDerived(deriveUsdPerMw(figureById.get(p.investment)!, figureById.get(p.capacity)!));
}
// Straight-line distances between every pair of mapped places.
data.places.forEach((a, i) => data.places.slice(i + 1).forEach((b) => addDerived(deriveDistance(a, b))));

// Data centres in neither the North nor the South (the source gives only those two shares).
addDerived(
  deriveRemainderShare('vn-dc-share-rest-2024', [figureById.get('vn-dc-share-north-2024')!, figureById.get('vn-dc-share-south-2024')!]),
);

// Thái Nguyên's dollar budget in đồng, against the Digital Technology Industry Law's threshold in đồng,
// at the rate implied by the An Khánh reports (the one sum in the data given in both currencies).
addDerived(
  deriveVndAtImpliedRate('mou-investment-vnd-implied', figureById.get('mou-investment')!, {
    vnd: figureById.get('an-khanh-investment-vnd')!,
    usd: figureById.get('an-khanh-investment-usd')!,
  }),
);

/** Every figure, reported and derived, in data-file order. */
export const allFigures: Figure[] = [...figureById.values()];

/** Looks a figure up; throws with the id and where to add it when unknown. */
export function getFigure(id: string): Figure {
  const f = figureById.get(id);
  if (!f) throw new Error(`Unknown figure id "${id}": add it to src/data/figures.ts (or derive it in src/data/derived.ts)`);
  return f;
}

/** True when a figure (reported or derived) has this id. */
export function hasFigure(id: string): boolean {
  return figureById.has(id);
}

const eventById = new Map(data.events.map((e) => [e.id, e]));

/** Looks a dated event up; throws with the id and where to add it when unknown. */
export function getEvent(id: string) {
  const e = eventById.get(id);
  if (!e) throw new Error(`Unknown event id "${id}": add it to src/data/events.ts`);
  return e;
}

/** The year a figure describes ("2030" for a 2030 target), from its as-of date. */
export function yearOf(fig: Figure): string {
  return fig.asOf.slice(0, 4);
}

const sourceById = new Map(data.sources.map((s) => [s.id, s]));

/** Looks a source up by id. */
export function getSource(id: string) {
  const s = sourceById.get(id);
  if (!s) throw new Error(`Unknown source id "${id}": add it to src/data/sources.ts`);
  return s;
}

/**
 * The date of the newest dated source the site cites: how current its figures can be, shown in
 * every page's footer (the sources are all there is to date the site by).
 */
export function newestSourceDate(): string {
  return data.sources.reduce((newest, s) => (s.date && s.date > newest ? s.date : newest), '');
}

export type { Source, Place } from './schema';
