// The text of a built page as the plainest page that could carry it, for the benchmark's floor:
// Lighthouse on it shows what this machine reports for a page that cannot get lighter without
// losing words, so the story's own timings can be read against it.

const kept = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'blockquote']);
// Dropped without a space, so the words around them stay as they were; other tags leave a space.
const inline = new Set(['a', 'abbr', 'b', 'cite', 'code', 'em', 'i', 'mark', 'q', 'small', 'span', 'strong', 'sub', 'sup', 'time']);

/**
 * The headings, paragraphs and list items of `html`'s <main> (chart titles and source lines
 * included, as paragraphs), in a page with no styles, scripts, fonts, images or drawings. The data
 * tables, drawn labels and anything in <template>, <script> or <style> are left out.
 */
export function referencePage(html) {
  const lang = html.match(/<html\b[^>]*\blang="([^"]+)"/)?.[1] ?? 'en';
  const title = html.match(/<title>([^<]*)<\/title>/)?.[1] ?? '';
  const main = html.match(/<main\b[^>]*>([\s\S]*)<\/main>/)?.[1];
  if (main === undefined) throw new Error('referencePage: the page has no <main>');
  const body = main
    .replace(/<(svg|script|style|template|table)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<(\/?)figcaption\b[^>]*>/g, '<$1p>')
    .replace(/<(\/?)([a-zA-Z][\w-]*)\b[^>]*>/g, (_, slash, tag) => {
      const name = tag.toLowerCase();
      return kept.has(name) ? `<${slash}${name}>` : inline.has(name) ? '' : ' ';
    })
    .replace(/[ \t\n]+/g, ' ')
    .replace(/(<(?:h[1-6]|p|li|blockquote)>) /g, '$1')
    .replace(/ (<\/(?:h[1-6]|p|li|blockquote)>)/g, '$1')
    .replace(/ ?(<\/?(?:h[1-6]|p|ul|ol|li|blockquote)>) ?/g, (tag) => (tag.trim().startsWith('</') || /<[uo]l>/.test(tag) ? `${tag.trim()}\n` : tag.trim()))
    .replace(/<p>\s*<\/p>\n?/g, '')
    .trim();
  return `<!doctype html>\n<html lang="${lang}">\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${title}</title>\n${body}\n</html>\n`;
}
