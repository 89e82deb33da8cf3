/**
 * Korean joins listed words with a middle dot (설계·건설·운영). Chromium still breaks a line before
 * the dot under `word-break: keep-all`, so a line of a Korean slide could start with "·". Korean
 * reads such a run as one word, so each run in a built page's text is wrapped in a span that does
 * not wrap (`.keep-together`, global.css). Dots set between spaces ("2024 · VnEconomy") are
 * separators and are left alone.
 *
 * It works on the built HTML (pageTrim() calls it) because the MDX processor runs no rehype
 * plugins, and the same words also reach pages through components.
 */

/** A run of non-space text with at least one middle dot inside it. */
const INTERPUNCT_RUN = /[^\s·<>]+(?:·[^\s·<>]+)+/g;

/** Elements whose text is not laid out as running prose, or is drawn at fixed positions. */
const SKIPPED = new Set(['head', 'script', 'style', 'svg', 'title', 'textarea', 'pre', 'code']);

/** Wraps every run of words joined by middle dots in the page's body text in a `.keep-together` span. */
export function keepInterpunctRunsTogether(html: string): string {
  if (!html.includes('·')) return html;
  let skipping = 0;
  return html.replace(/<(\/?)([a-zA-Z][\w-]*)(?:[^>"']|"[^"]*"|'[^']*')*>|[^<]+/g, (token, closing: string | undefined, tag: string | undefined) => {
    if (tag) {
      const name = tag.toLowerCase();
      if (SKIPPED.has(name) && !token.endsWith('/>')) skipping = Math.max(0, skipping + (closing ? -1 : 1));
      return token;
    }
    if (skipping > 0 || !token.includes('·')) return token;
    return token.replace(INTERPUNCT_RUN, (run) => `<span class="keep-together">${run}</span>`);
  });
}
