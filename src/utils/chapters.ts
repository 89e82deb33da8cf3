import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';

/** "vi/03-hanoi" → "hanoi": the chapter's stable slug, shared by every locale. */
export function chapterSlug(id: string): string {
  return id.replace(/^.*\/\d\d-/, '');
}

/** The chapters of one locale, in file order (01-, 02-, …). */
export async function getChapters(locale: Locale): Promise<CollectionEntry<'chapters'>[]> {
  const all = await getCollection('chapters', (e) => e.id.startsWith(`${locale}/`));
  return all.sort((a, b) => a.id.localeCompare(b.id));
}
