/** Ids of every <Figure id="…"> in an MDX body, in order of appearance. */
export function figureIdsIn(body: string): string[] {
  return [...body.matchAll(/<Figure\b[^>]*\bid\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((m) => m[1] ?? m[2] ?? '');
}

/** Ids of every <When event="…"> in an MDX body, in order of appearance. */
export function eventIdsIn(body: string): string[] {
  return [...body.matchAll(/<When\b[^>]*\bevent\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((m) => m[1] ?? m[2] ?? '');
}
