import { z } from 'astro/zod';

/** ISO date at the precision the source gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
const isoDatePattern = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** True for a full YYYY-MM-DD that names a real day (rejects 2025-02-30). */
function isRealDay(s: string): boolean {
  if (s.length < 10) return true;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

/** ISO date at the precision the source gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
export const isoDate = z
  .string()
  .regex(isoDatePattern, { error: 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD', abort: true })
  .refine(isRealDay, { error: 'is not a real calendar date' });

/** Stable, URL-safe identifier: lowercase words joined by hyphens. */
export const slugId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
  error: 'must be lowercase letters, digits and hyphens (e.g. "mou-capacity")',
});

export const sourceSchema = z.strictObject({
  /** Stable id that figures cite. */
  id: slugId,
  /** Who published it, as the publisher names itself. */
  publisher: z.string().min(1),
  /** Title in the source's own language. */
  title: z.string().min(1),
  /** Publication date; null only when the source itself is undated. */
  date: isoDate.nullable(),
  /** Address of the page, where one exists. */
  url: z.url().optional(),
  /** Language the source is written in (BCP 47). */
  language: z.enum(['vi', 'en', 'ko', 'de', 'es', 'ja', 'zh']),
  /**
   * Language of the title, where it is not the page's (a foreign edition that kept the Vietnamese
   * headline). Pages mark the title with it, so a screen reader reads it in that language.
   */
  titleLanguage: z.enum(['vi', 'en', 'ko', 'de', 'es', 'ja', 'zh']).optional(),
  /** How far we trust it, from ../shared/facts.md's scale. */
  confidence: z.enum(['high', 'medium', 'low']),
});

/** Units a figure can carry; formatFigure knows how to write each in every locale. */
export const units = [
  'MW',
  'USD',
  'VND',
  'KRW',
  'km',
  'km2',
  'ha',
  'm2',
  'people',
  'percent',
  'count',
  'ratio',
  'USc/kWh',
  'USD/MW',
  'USD/W',
  'MVA',
  'rank',
  'racks',
  'years',
  'times',
  'GWh',
] as const;
export const unitSchema = z.enum(units);

/**
 * How the number relates to the truth as reported: `atLeast` (≥, "at least"),
 * `over` (>, "over/more than"), `about` (≈), `nearly` (a little under, "nearly"), `under` (<),
 * `upToAbout` (≤ ≈, "up to about": an approximate ceiling, as a sum divided by a minimum gives),
 * or exact.
 */
export const qualifierSchema = z.enum(['exact', 'atLeast', 'over', 'about', 'nearly', 'under', 'upToAbout']);

const figureBase = {
  /** Stable id that chapters, charts and downloads use. */
  id: slugId,
  unit: unitSchema,
  /** Date the number describes (or was announced), at the source's precision. */
  asOf: isoDate,
  /** reported = stated by a source; estimate = a forecast or market estimate; target = a goal. Derived figures live in derived.ts. */
  kind: z.enum(['reported', 'estimate', 'target']),
  qualifier: qualifierSchema.default('exact'),
  /** Ids of the sources that state it; at least one. */
  sources: z.array(slugId).min(1, { error: 'must cite at least one source id' }),
  /** Id of an explanatory note in the i18n files (notes.<id>); no prose here. */
  note: slugId.optional(),
};

/** A figure with a single value. */
export const valueFigureSchema = z.strictObject({ ...figureBase, value: z.number() });

/** A figure reported as a range (conflicting estimates, "17.5–18.8 %"). */
export const rangeFigureSchema = z
  .strictObject({ ...figureBase, min: z.number(), max: z.number() })
  .refine((f) => f.min <= f.max, { error: 'min must not exceed max', path: ['min'] });

export const figureSchema = z.union([valueFigureSchema, rangeFigureSchema]);

export const placeSchema = z.strictObject({
  id: slugId,
  /** Latitude, decimal degrees WGS84. */
  lat: z.number().min(-90).max(90),
  /** Longitude, decimal degrees WGS84. */
  lon: z.number().min(-180).max(180),
  /** What the point marks: city centre, airport reference point, data-centre site… */
  kind: z.enum(['city', 'airport', 'tech-park', 'data-centre', 'port']),
  asOf: isoDate,
  sources: z.array(slugId).min(1, { error: 'must cite at least one source id' }),
  qualifier: qualifierSchema.default('exact'),
  note: slugId.optional(),
});

export type SourceInput = z.input<typeof sourceSchema>;
export type Source = z.output<typeof sourceSchema>;
export type FigureInput = z.input<typeof figureSchema>;
export type PlaceInput = z.input<typeof placeSchema>;
export type Place = z.output<typeof placeSchema>;
export type Unit = (typeof units)[number];
export type Qualifier = z.output<typeof qualifierSchema>;

/** A dated event for the timeline; its label lives in src/i18n/data/<locale>.json under events.<id>. */
export const eventSchema = z.strictObject({
  id: slugId,
  date: isoDate,
  /**
   * What kind of milestone: drives the timeline's lane and symbol. A change of the province's
   * leaders (`leadership`) is dated in the text but not drawn on the timeline.
   */
  kind: z.enum(['project', 'province', 'law', 'facility', 'leadership']),
  sources: z.array(slugId).min(1, { error: 'must cite at least one source id' }),
  /**
   * Another date some source gives for the same event, where the sources disagree: the date in the
   * text then links to a note in "Notes on the figures" that sets the two dates side by side.
   */
  disputed: z.strictObject({ date: isoDate, sources: z.array(slugId).min(1, { error: 'must cite at least one source id' }) }).optional(),
});

/** A northern data-centre facility for the Hà Nội comparison; name in src/i18n/data/<locale>.json under facilities.<id>. */
export const facilitySchema = z.strictObject({
  id: slugId,
  /** Id of a place in places.ts, when a sourced coordinate exists. */
  place: slugId.optional(),
  /** Id of its capacity figure (MW); null when the capacity was not disclosed. */
  capacity: slugId.nullable(),
  /** Id of the event when it opened or broke ground. */
  event: slugId.optional(),
  status: z.enum(['operating', 'inaugurated', 'under-construction', 'planned']),
  sources: z.array(slugId).min(1, { error: 'must cite at least one source id' }),
});

/** An announced data-centre project for comparison; name in src/i18n/data/<locale>.json under projects.<id>. */
export const projectSchema = z.strictObject({
  id: slugId,
  /** Id of its capacity figure (MW). */
  capacity: slugId,
  /** Id of its investment figure (USD); null when not disclosed. */
  investment: slugId.nullable(),
  /** True for Thái Nguyên's own project. */
  featured: z.boolean().default(false),
  sources: z.array(slugId).min(1, { error: 'must cite at least one source id' }),
});

export type EventInput = z.input<typeof eventSchema>;
export type FacilityInput = z.input<typeof facilitySchema>;
export type ProjectInput = z.input<typeof projectSchema>;
