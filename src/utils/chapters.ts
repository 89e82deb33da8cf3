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

/**
 * The charts a chapter shows, once each, in the order its steps first show them (a step without a
 * `chart` shows the frontmatter's), then the frontmatter's chart if no step shows it. The graphic
 * holds them in this order, so the opening chart comes first in the page (it is part of the first
 * screen, which arrives in the first round trip: StepsAroundGraphic.astro), and where every chart
 * is stacked (no scripts, reduced motion) they read in the story's order.
 */
export function chartsOf(entry: CollectionEntry<'chapters'>): ChartId[] {
  return [...new Set([...stepChartsOf(entry), entry.data.chart])].filter(isChartId);
}

/** The opening tags of a chapter's <Step>s, in reading order, from its MDX source. */
function stepTags(entry: CollectionEntry<'chapters'>): string[] {
  return [...(entry.body ?? '').matchAll(/<Step\b[^>]*>/g)].map((m) => m[0]);
}

/** A quoted attribute of a tag (`chart="map"`), if it has it. */
function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*"([^"]+)"`).exec(tag)?.[1];
}

/** The chart each of a chapter's steps shows, in reading order (a step without `chart` shows the frontmatter's). */
export function stepChartsOf(entry: CollectionEntry<'chapters'>): string[] {
  return stepTags(entry).map((tag) => attribute(tag, 'chart') ?? entry.data.chart);
}

/** The ids of a chapter's steps, in reading order. */
export function stepIdsOf(entry: CollectionEntry<'chapters'>): string[] {
  return stepTags(entry).map((tag) => attribute(tag, 'id') ?? '');
}

/**
 * The chart the chapter's first step shows: the graphic opens on it, so the page does not shift
 * when the scroll driver makes that step current.
 */
export function firstStepChart(entry: CollectionEntry<'chapters'>): ChartId {
  const chart = attribute(stepTags(entry)[0] ?? '', 'chart');
  return chart && isChartId(chart) ? chart : (entry.data.chart as ChartId);
}

/**
 * Where a chapter's page lives, relative to the locale's root: the first chapter shares the cover
 * page ("") and every other has its own ("hanoi/").
 */
export function chapterPath(index: number, slug: string): string {
  return index === 0 ? '' : `${slug}/`;
}
