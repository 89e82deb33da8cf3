/**
 * The slide in the URL: `?slide=12` (1-based, as the presenter says it). Reading is forgiving,
 * because a typo or an old link must still open the deck: anything that is not a number lands on
 * the first slide, numbers outside the deck land on the nearest end.
 */
import { clampIndex } from './deckReducer';

/** The URL parameter that names the slide. */
export const SLIDE_PARAM = 'slide';

/** `?slide=…` value → 0-based index, clamped to the deck. */
export function toSlideIndex(value: string | null | undefined, count: number): number {
  const text = (value ?? '').trim();
  if (!text) return 0;
  const exact = Number(text);
  // "12abc" still means 12; "abc" and "" mean the start.
  const number = Number.isNaN(exact) ? Number.parseInt(text, 10) : exact;
  if (Number.isNaN(number)) return 0;
  return clampIndex(Math.floor(number) - 1, count);
}

/** A URL's search string with the slide set (other parameters kept). */
export function withSlide(search: string, index: number): string {
  const params = new URLSearchParams(search);
  params.set(SLIDE_PARAM, String(index + 1));
  return `?${params.toString()}`;
}
