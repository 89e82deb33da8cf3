import { geoDistance } from 'd3-geo';
import type { Figure, Formula, NumericFigure } from './types';
import { getSingleValue } from './figureValue';
import type { Place, Qualifier } from './schema';

/** Mean Earth radius (IUGG), km: geoDistance returns radians on the unit sphere. */
export const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle ("straight-line") distance between two places, in km. */
export function getStraightLineKm(a: Pick<Place, 'lat' | 'lon'>, b: Pick<Place, 'lat' | 'lon'>): number {
  return geoDistance([a.lon, a.lat], [b.lon, b.lat]) * EARTH_RADIUS_KM;
}

/** Later of two ISO dates of any precision (string order works for ISO). */
function latest(dates: string[]): string {
  return dates.reduce((a, b) => (b > a ? b : a));
}

const single = (fig: Figure): number => getSingleValue(fig, 'src/data/derived.ts');

/** id of the derived USD-per-MW figure for an investment/capacity pair. */
export function usdPerMwId(investmentId: string): string {
  return `${investmentId}-per-mw`;
}

/**
 * How a quotient relates to the truth, from how its inputs do. Of exact or approximate numbers it is
 * rounded arithmetic: "about". A sum divided by a minimum ("~USD 200 million" for "at least 20 MW")
 * can only be smaller than the quotient, so the quotient is a ceiling: "up to about". Any other
 * pair (a floor over a floor bounds nothing) has no honest short qualifier, and stops the build.
 */
export function ratioQualifier(numerator: Figure, denominator: Figure): Qualifier {
  const plain = (f: Figure) => f.qualifier === 'exact' || f.qualifier === 'about';
  const floor = (f: Figure) => f.qualifier === 'atLeast' || f.qualifier === 'over';
  if (plain(numerator) && plain(denominator)) return 'about';
  if (plain(numerator) && floor(denominator)) return 'upToAbout';
  throw new Error(
    `src/data/derived.ts: no qualifier says what "${numerator.id}" (${numerator.qualifier}) ÷ "${denominator.id}" (${denominator.qualifier}) is; give the pair exact or approximate figures, or a minimum divisor`,
  );
}

/** Builds investment ÷ capacity as a derived figure, carrying both inputs' sources. */
export function deriveUsdPerMw(investment: Figure, capacity: Figure): NumericFigure {
  if (investment.unit !== 'USD' || capacity.unit !== 'MW')
    throw new Error(
      `derived.ts: USD per MW needs a USD and a MW figure, got "${investment.id}" (${investment.unit}) and "${capacity.id}" (${capacity.unit})`,
    );
  return {
    id: usdPerMwId(investment.id),
    value: single(investment) / single(capacity),
    unit: 'USD/MW',
    kind: 'derived',
    qualifier: ratioQualifier(investment, capacity),
    asOf: latest([investment.asOf, capacity.asOf]),
    sources: [...new Set([...investment.sources, ...capacity.sources])],
    inputs: [investment.id, capacity.id],
    formula: 'ratio',
  };
}

/** id of the derived straight-line distance between two places. */
export function distanceId(a: string, b: string): string {
  return `distance-${a}-to-${b}`;
}

/** Straight-line distance between two places as a derived figure. */
export function deriveDistance(a: Place, b: Place): NumericFigure {
  return {
    id: distanceId(a.id, b.id),
    value: getStraightLineKm(a, b),
    unit: 'km',
    kind: 'derived',
    qualifier: 'about',
    asOf: latest([a.asOf, b.asOf]),
    sources: [...new Set([...a.sources, ...b.sources])],
    inputs: [a.id, b.id],
    formula: 'distance',
    note: 'straight-line',
  };
}

/**
 * The share left over when two reported shares of a whole are taken away (e.g. Vietnam's data
 * centres outside the North and the South). The source does not state it; charts label it as computed.
 */
export function deriveRemainderShare(id: string, shares: Figure[]): NumericFigure {
  for (const f of shares)
    if (f.unit !== 'percent') throw new Error(`derived.ts: remainder "${id}" needs percent figures, got "${f.id}" (${f.unit})`);
  const rest = 100 - shares.reduce((sum, f) => sum + single(f), 0);
  if (rest < 0) throw new Error(`derived.ts: shares behind "${id}" add up to more than 100 %`);
  return {
    id,
    value: rest,
    unit: 'percent',
    kind: 'derived',
    qualifier: 'exact',
    asOf: latest(shares.map((f) => f.asOf)),
    sources: [...new Set(shares.flatMap((f) => f.sources))],
    inputs: shares.map((f) => f.id),
    formula: 'remainder',
    note: 'share-remainder',
  };
}

/**
 * A dollar amount in đồng, at the rate implied by a pair of figures that give one sum in both
 * currencies (no official rate is in the data). Used where a threshold is set in đồng and a budget
 * was announced in dollars.
 */
export function deriveVndAtImpliedRate(id: string, usd: Figure, pair: { vnd: Figure; usd: Figure }): NumericFigure {
  if (usd.unit !== 'USD' || pair.usd.unit !== 'USD' || pair.vnd.unit !== 'VND')
    throw new Error(`derived.ts: "${id}" needs a USD amount and a VND/USD pair, got "${usd.id}" (${usd.unit}), "${pair.vnd.id}" (${pair.vnd.unit}), "${pair.usd.id}" (${pair.usd.unit})`);
  return {
    id,
    value: single(usd) * (single(pair.vnd) / single(pair.usd)),
    unit: 'VND',
    kind: 'derived',
    qualifier: 'about',
    asOf: latest([usd.asOf, pair.vnd.asOf, pair.usd.asOf]),
    sources: [...new Set([...usd.sources, ...pair.vnd.sources, ...pair.usd.sources])],
    inputs: [usd.id, pair.vnd.id, pair.usd.id],
    formula: 'implied-rate',
    note: 'implied-rate',
  };
}

/**
 * A derived figure's computation with its inputs written in (formatted figures, or place names for
 * a distance): "~USD 200 million ÷ ≥ 20 MW", "~USD 200 million × (VND 17.5 trillion ÷ ~USD 700 million)".
 */
export function writeFormula(formula: Formula, inputs: string[]): string {
  const [a, b, c] = inputs;
  switch (formula) {
    case 'ratio':
      return `${a} ÷ ${b}`;
    case 'distance':
      return `${a} – ${b}`;
    case 'remainder':
      return ['100%', ...inputs].join(' − ');
    case 'implied-rate':
      return `${a} × (${b} ÷ ${c})`;
  }
}
