/**
 * A Korean particle written straight after a figure ("46%는", "3MW를") belongs to it, but the figure
 * is a link and the particle plain text, and Chromium breaks a line between them even under
 * `word-break: keep-all`, leaving the particle to start the next line. Each such pair in a Korean
 * page is wrapped in the `.keep-together` span (global.css) that does not wrap.
 *
 * Like keepInterpunct.ts it works on the built HTML (pageTrim() calls it): the figures come from a
 * component and the particles from the chapter text, so only the built page has them side by side.
 */

/** A figure link (src/user-components/Figure.astro) and the Hangul run that follows it without a space. */
const FIGURE_THEN_PARTICLE = /(<a class="fig"[^>]*>(?:(?!<\/a>)[\s\S])*<\/a>)([\uac00-\ud7af]+)/g;

export function keepFigureParticlesTogether(html: string): string {
  if (!/^<!DOCTYPE html>\s*<html[^>]*\slang="ko"/i.test(html)) return html;
  return html.replace(FIGURE_THEN_PARTICLE, (_, figure: string, particle: string) => `<span class="keep-together">${figure}${particle}</span>`);
}
