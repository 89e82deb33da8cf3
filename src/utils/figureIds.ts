/** Values of one attribute on every <Tag …> in an MDX body, in order of appearance. */
function attributeValuesIn(body: string, tag: string, attribute: string): string[] {
  const pattern = new RegExp(`<${tag}\\b[^>]*\\b${attribute}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'g');
  return [...body.matchAll(pattern)].map((m) => m[1] ?? m[2] ?? '');
}

/** Ids of every <Figure id="…"> in an MDX body, in order of appearance. */
export function figureIdsIn(body: string): string[] {
  return attributeValuesIn(body, 'Figure', 'id');
}

/** Ids of every <When event="…"> in an MDX body, in order of appearance. */
export function eventIdsIn(body: string): string[] {
  return attributeValuesIn(body, 'When', 'event');
}
