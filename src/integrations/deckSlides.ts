import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './pageTrim';
import { DEFERRED_SLIDES_ATTRIBUTE, DEFERRED_SLIDES_END, DEFERRED_SLIDES_START, deferredSlidesFileName } from '../deck/deferredSlides';

/**
 * Moves the deck's slides after the cover out of its pages into files beside them
 * (src/deck/deferredSlides.ts says why). It runs on the built HTML, after pageTrim(), so the page's
 * inline CSS was cut with these slides still in it and keeps their styles; and before
 * serviceWorker(), which precaches the new file with the page.
 */

/** The attribute as DeckStage writes it: present, without a value yet. */
const emptyAttribute = new RegExp(` ${DEFERRED_SLIDES_ATTRIBUTE}(="")?(?=[\\s>])`, 'g');

function count(text: string, part: string | RegExp): number {
  return typeof part === 'string' ? text.split(part).length - 1 : (text.match(part) ?? []).length;
}

/** Where `pattern` (a global regex) next matches in `text` at or after `from`; -1 if nowhere. */
function searchFrom(text: string, pattern: RegExp, from: number): number {
  const re = new RegExp(pattern.source, 'g');
  re.lastIndex = from;
  return re.exec(text)?.index ?? -1;
}

/** One deferred file: its name beside the page and its markup. */
export interface DeferredFragment {
  name: string;
  markup: string;
}

/**
 * Splits one built page: in each stage frame that carries the attribute (the audience deck has
 * one, the speaker view two), the markup between the markers that follow it becomes a fragment,
 * named by its content's hash so a page never meets another build's slides, and the frame's
 * attribute gets the fragment's URL. Pages without the attribute come back unchanged.
 */
export function splitDeferredSlides(html: string, pageUrl: string, fileLabel: string): { html: string; fragments: DeferredFragment[] } {
  const field = `${fileLabel}: field "${DEFERRED_SLIDES_ATTRIBUTE}"`;
  const attributes = count(html, emptyAttribute);
  const starts = count(html, DEFERRED_SLIDES_START);
  const ends = count(html, DEFERRED_SLIDES_END);
  if (attributes === 0 && starts === 0 && ends === 0) return { html, fragments: [] };
  if (attributes !== starts || starts !== ends) {
    throw new Error(
      `${field}: each stage frame with the attribute needs one ${DEFERRED_SLIDES_START} … ${DEFERRED_SLIDES_END} pair; found ${attributes} attribute(s), ${starts} start and ${ends} end marker(s)`,
    );
  }
  let out = html;
  const fragments: DeferredFragment[] = [];
  for (let i = 0; i < attributes; i++) {
    // The first frame still without a URL, and the markers after it.
    const attribute = searchFrom(out, emptyAttribute, 0);
    const start = out.indexOf(DEFERRED_SLIDES_START, attribute);
    const end = out.indexOf(DEFERRED_SLIDES_END, start);
    const following = searchFrom(out, emptyAttribute, attribute + 1);
    if (attribute < 0 || start < 0 || end < 0 || out.lastIndexOf(DEFERRED_SLIDES_END, start) > attribute || (following >= 0 && following < end)) {
      throw new Error(`${field}: the markers must come in order, inside the frame that carries the attribute`);
    }
    const markup = out.slice(start + DEFERRED_SLIDES_START.length, end);
    if (!/\sdata-slide[\s>]/.test(markup)) throw new Error(`${field}: no slide between the markers`);
    if (/<script[\s>]|<style[\s>]/i.test(markup)) {
      // The fragment is inserted as markup: a script would not run, and the page's CSP hashes would not cover a style.
      throw new Error(`${field}: deferred slides must not contain <script> or <style>`);
    }
    const name = deferredSlidesFileName(createHash('sha256').update(markup).digest('hex'));
    const url = pageUrl.replace(/\/?$/, '/') + name;
    out = out.slice(0, start) + out.slice(end + DEFERRED_SLIDES_END.length);
    out = out.slice(0, attribute) + out.slice(attribute).replace(new RegExp(emptyAttribute.source), ` ${DEFERRED_SLIDES_ATTRIBUTE}="${url}"`);
    fragments.push({ name, markup });
  }
  return { html: out, fragments };
}

/** Writes each deck page's deferred slides into `slides.<hash>.html` files beside it. */
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
        // Every page, so a stray marker or attribute stops the build, not only on the deck's pages.
        for (const file of htmlFiles(root)) {
          const html = readFileSync(file, 'utf8');
          const folder = relative(root, dirname(file)).split(sep).join('/');
          const label = relative(root, file);
          const split = splitDeferredSlides(html, base + (folder ? `${folder}/` : ''), label);
          if (!split.fragments.length) continue;
          for (const fragment of split.fragments) {
            writeFileSync(join(dirname(file), fragment.name), fragment.markup);
            sizes.push(`${folder}/${fragment.name} (${(fragment.markup.length / 1024).toFixed(0)} KiB)`);
          }
          writeFileSync(file, split.html);
        }
        logger.info(`deck slides after the cover moved out of the page: ${sizes.join(', ') || 'none'}`);
      },
    },
  };
}
