import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFERRED_SLIDES_ATTRIBUTE, DEFERRED_SLIDES_END, DEFERRED_SLIDES_START, deferredSlidesFileName } from '../deck/deferredSlides';

/**
 * Moves the audience deck's slides after the cover out of the page into a file beside it
 * (src/deck/deferredSlides.ts says why). It runs on the built HTML, after pageTrim(), so the page's
 * inline CSS was cut with these slides still in it and keeps their styles; and before
 * serviceWorker(), which precaches the new file with the page.
 */

/** The attribute as DeckStage writes it: present, without a value yet. */
const emptyAttribute = new RegExp(` ${DEFERRED_SLIDES_ATTRIBUTE}(="")?(?=[\\s>])`, 'g');

function count(text: string, part: string | RegExp): number {
  return typeof part === 'string' ? text.split(part).length - 1 : (text.match(part) ?? []).length;
}

/**
 * Splits one built page: the markup between the markers becomes the fragment, named by its
 * content's hash so a page never meets another build's slides; the frame's attribute gets the
 * fragment's URL. Pages without the attribute come back unchanged (`fragment: null`).
 */
export function splitDeferredSlides(html: string, pageUrl: string, fileLabel: string): { html: string; fragment: { name: string; markup: string } | null } {
  const attributes = count(html, emptyAttribute);
  const starts = count(html, DEFERRED_SLIDES_START);
  const ends = count(html, DEFERRED_SLIDES_END);
  if (attributes === 0 && starts === 0 && ends === 0) return { html, fragment: null };
  if (attributes !== 1 || starts !== 1 || ends !== 1) {
    throw new Error(
      `${fileLabel}: field "${DEFERRED_SLIDES_ATTRIBUTE}": a page with deferred slides needs one stage frame with the attribute and one ${DEFERRED_SLIDES_START} … ${DEFERRED_SLIDES_END} pair; found ${attributes} attribute(s), ${starts} start and ${ends} end marker(s)`,
    );
  }
  const start = html.indexOf(DEFERRED_SLIDES_START);
  const end = html.indexOf(DEFERRED_SLIDES_END);
  const attribute = html.search(emptyAttribute);
  if (end < start || attribute > start) {
    throw new Error(`${fileLabel}: field "${DEFERRED_SLIDES_ATTRIBUTE}": the markers must come in order, inside the frame that carries the attribute`);
  }
  const markup = html.slice(start + DEFERRED_SLIDES_START.length, end);
  if (!/\sdata-slide[\s>]/.test(markup)) throw new Error(`${fileLabel}: field "${DEFERRED_SLIDES_ATTRIBUTE}": no slide between the markers`);
  if (/<script[\s>]|<style[\s>]/i.test(markup)) {
    // The fragment is inserted as markup: a script would not run, and the page's CSP hashes would not cover a style.
    throw new Error(`${fileLabel}: field "${DEFERRED_SLIDES_ATTRIBUTE}": deferred slides must not contain <script> or <style>`);
  }
  const name = deferredSlidesFileName(createHash('sha256').update(markup).digest('hex'));
  const url = pageUrl.replace(/\/?$/, '/') + name;
  const out = html.slice(0, start) + html.slice(end + DEFERRED_SLIDES_END.length);
  return { html: out.replace(emptyAttribute, ` ${DEFERRED_SLIDES_ATTRIBUTE}="${url}"`), fragment: { name, markup } };
}

function indexPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return indexPages(full);
    return entry.name === 'index.html' ? [full] : [];
  });
}

/** Writes each deck page's deferred slides into `slides.<hash>.html` beside it. */
export function deckSlides(): AstroIntegration {
  let base = '/';
  return {
    name: 'deck-slides',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const sizes: string[] = [];
        for (const file of indexPages(root)) {
          const html = readFileSync(file, 'utf8');
          if (!html.includes(DEFERRED_SLIDES_ATTRIBUTE)) continue;
          const folder = relative(root, dirname(file)).split(sep).join('/');
          const label = relative(root, file);
          const split = splitDeferredSlides(html, base + (folder ? `${folder}/` : ''), label);
          if (!split.fragment) continue;
          writeFileSync(join(dirname(file), split.fragment.name), split.fragment.markup);
          writeFileSync(file, split.html);
          sizes.push(`${folder}/${split.fragment.name} (${(split.fragment.markup.length / 1024).toFixed(0)} KiB)`);
        }
        logger.info(`deck slides after the cover moved out of the page: ${sizes.join(', ') || 'none'}`);
      },
    },
  };
}
