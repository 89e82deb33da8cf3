/** Lists dotted keys of a nested dictionary. */
export function keysOf(dict: unknown, prefix = ''): string[] {
  if (typeof dict !== 'object' || dict === null) return [prefix];
  return Object.entries(dict as Record<string, unknown>).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keysOf(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

/**
 * Compares each locale's dictionary with the reference locale's and reports missing or extra keys
 * and empty strings, naming the file (from `fileFor`) and the key.
 */
export function checkTranslations(
  dicts: Record<string, unknown>,
  fileFor: (locale: string) => string,
  reference: string,
): string[] {
  const problems: string[] = [];
  const refKeys = new Set(keysOf(dicts[reference]));
  for (const [locale, dict] of Object.entries(dicts)) {
    const keys = keysOf(dict);
    const own = new Set(keys);
    for (const k of refKeys) if (!own.has(k)) problems.push(`${fileFor(locale)}: missing translation for key "${k}"`);
    for (const k of own) if (!refKeys.has(k)) problems.push(`${fileFor(locale)}: key "${k}" is not in ${fileFor(reference)}`);
    for (const k of keys) {
      const v = k.split('.').reduce<unknown>((n, p) => (n as Record<string, unknown>)?.[p], dict);
      if (typeof v === 'string' && v.trim() === '') problems.push(`${fileFor(locale)}: key "${k}" is empty`);
    }
  }
  return problems;
}
