import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { isChartId, type ChartId } from '../charts/registry';

/** "vi/03-hanoi" → "hanoi": the chapter's stable slug, shared by every locale. */
export function chapterSlug(id: string): string {
  return id.replace(/^.*\/\d\d-/, '');
}

/** The chapters of one locale, in file order (01-, 02-, …). */
export async function getChapters(locale: Locale): Promise<CollectionEntry<'chapters'>[]> {
  const all = await getCollection('chapters', (e) => e.id.startsWith(`${locale}/`));
  return all.sort((a, b) => a.id.localeCompare(b.id));
}

/** The charts a chapter shows: its frontmatter chart, then any a step switches to, once each. */
export function chartsOf(entry: CollectionEntry<'chapters'>): ChartId[] {
  const stepCharts = [...(entry.body ?? '').matchAll(/<Step\b[^>]*\bchart\s*=\s*"([^"]+)"/g)].map((m) => m[1]!);
  return [...new Set([entry.data.chart, ...stepCharts])].filter(isChartId);
}

/**
 * Where a chapter's page lives, relative to the locale's root: the first chapter shares the cover
 * page ("") and every other has its own ("hanoi/").
 */
export function chapterPath(index: number, slug: string): string {
  return index === 0 ? '' : `${slug}/`;
}
