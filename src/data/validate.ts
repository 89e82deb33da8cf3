import type { z } from 'astro/zod';
import {
  eventSchema,
  facilitySchema,
  placeSchema,
  rangeFigureSchema,
  valueFigureSchema,
  projectSchema,
  sourceSchema,
} from './schema';

/** Raised when the data module is inconsistent; `problems` each name the file and the field. */
export class DataError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid site data:\n  - ${problems.join('\n  - ')}`);
    this.name = 'DataError';
  }
}

/** The raw lists as written in src/data/*.ts, before validation. */
export interface RawData {
  sources: unknown[];
  figures: unknown[];
  places: unknown[];
  events: unknown[];
  facilities: unknown[];
  projects: unknown[];
}

const files = {
  sources: 'src/data/sources.ts',
  figures: 'src/data/figures.ts',
  places: 'src/data/places.ts',
  events: 'src/data/events.ts',
  facilities: 'src/data/facilities.ts',
  projects: 'src/data/projects.ts',
} as const;

function label(list: keyof typeof files, index: number, item: unknown): string {
  const id = (item as { id?: unknown } | null)?.id;
  return `${files[list]}: ${list}[${index}]${typeof id === 'string' ? ` (id "${id}")` : ''}`;
}

function parseList<S extends z.ZodType>(
  list: keyof typeof files,
  schema: S | ((item: unknown) => S),
  items: unknown[],
  problems: string[],
): z.output<S>[] {
  const out: z.output<S>[] = [];
  items.forEach((item, i) => {
    const result = (typeof schema === 'function' ? schema(item) : schema).safeParse(item);
    if (result.success) {
      out.push(result.data);
      return;
    }
    for (const issue of result.error.issues) {
      const field = issue.path.length ? issue.path.join('.') : '(entry)';
      problems.push(`${label(list, i, item)} → field "${field}": ${issue.message}`);
    }
  });
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    if (seen.has(id)) problems.push(`${label(list, i, item)} → field "id": duplicate id "${id}"`);
    seen.add(id);
  });
  return out;
}

/**
 * Validates every list against its schema and every cross-reference (source ids, figure ids,
 * place ids, event ids). Throws one DataError listing all problems, so a bad edit is found at once.
 */
export function validateData(raw: RawData) {
  const problems: string[] = [];
  const sources = parseList('sources', sourceSchema, raw.sources, problems);
  // A figure is a range when it has min/max; choosing the schema first keeps error messages precise.
  const figureSchemaFor = (item: unknown) =>
    typeof item === 'object' && item !== null && ('min' in item || 'max' in item) ? rangeFigureSchema : valueFigureSchema;
  const figures = parseList<typeof valueFigureSchema | typeof rangeFigureSchema>('figures', figureSchemaFor, raw.figures, problems);
  const places = parseList('places', placeSchema, raw.places, problems);
  const events = parseList('events', eventSchema, raw.events, problems);
  const facilities = parseList('facilities', facilitySchema, raw.facilities, problems);
  const projects = parseList('projects', projectSchema, raw.projects, problems);

  const sourceIds = new Set(sources.map((s) => s.id));
  const figureIds = new Set(figures.map((f) => f.id));
  const placeIds = new Set(places.map((p) => p.id));
  const eventIds = new Set(events.map((e) => e.id));

  const checkSources = (list: keyof typeof files, items: { id: string; sources: string[] }[]) =>
    items.forEach((item, i) =>
      item.sources.forEach((sid, j) => {
        if (!sourceIds.has(sid))
          problems.push(`${label(list, i, item)} → field "sources.${j}": unknown source id "${sid}"`);
      }),
    );
  checkSources('figures', figures);
  checkSources('places', places);
  checkSources('events', events);
  events.forEach((e, i) =>
    e.disputed?.sources.forEach((sid, j) => {
      if (!sourceIds.has(sid)) problems.push(`${label('events', i, e)} → field "disputed.sources.${j}": unknown source id "${sid}"`);
    }),
  );
  checkSources('facilities', facilities);
  checkSources('projects', projects);

  const checkRef = (
    list: keyof typeof files,
    i: number,
    item: { id: string },
    field: string,
    id: string | null | undefined,
    known: Set<string>,
    what: string,
  ) => {
    if (id != null && !known.has(id))
      problems.push(`${label(list, i, item)} → field "${field}": unknown ${what} id "${id}"`);
  };
  facilities.forEach((f, i) => {
    checkRef('facilities', i, f, 'place', f.place, placeIds, 'place');
    checkRef('facilities', i, f, 'capacity', f.capacity, figureIds, 'figure');
    checkRef('facilities', i, f, 'event', f.event, eventIds, 'event');
  });
  projects.forEach((p, i) => {
    checkRef('projects', i, p, 'capacity', p.capacity, figureIds, 'figure');
    checkRef('projects', i, p, 'investment', p.investment, figureIds, 'figure');
  });

  if (problems.length) throw new DataError(problems);
  return { sources, figures, places, events, facilities, projects };
}

export type ValidData = ReturnType<typeof validateData>;
