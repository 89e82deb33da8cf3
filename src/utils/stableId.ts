import { createHash } from 'node:crypto';

/** Per page (keyed by its `Astro.locals`, one object per rendered page): how often each id was given. */
const issued = new WeakMap<object, Map<string, number>>();

/**
 * An id for an element that is unique within its page and the same in every build: the prefix,
 * a short hash of what the element draws, and a count if the same thing is drawn twice on one page.
 * Random ids would change every page at every build, so after each deploy the offline worker would
 * fetch every page again. Two elements that share a hash draw the same thing, so whichever
 * gets the count, the page comes out the same.
 */
export function getStableId(page: object, prefix: string, content: unknown): string {
  const base = `${prefix}-${createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 8)}`;
  let counts = issued.get(page);
  if (!counts) issued.set(page, (counts = new Map()));
  const n = counts.get(base) ?? 0;
  counts.set(base, n + 1);
  return n === 0 ? base : `${base}-${n + 1}`;
}
