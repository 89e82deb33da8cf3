/**
 * Step links: the id a URL's hash names, and the forwarding of a link to a step that lives on
 * another chapter's page. Runs as soon as the page is parsed, not with the deferred scroll driver,
 * so such a link never paints the wrong page first.
 */

/** The id a URL hash names; a malformed escape (e.g. "#%E0%A4%A") names nothing rather than throwing. */
export function readHashId(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return '';
  }
}

/**
 * The story has a page per chapter, and step ids start with their chapter's slug ("hanoi-split").
 * A link to a step that lives on another chapter's page (an older one-page link, or a hand-typed
 * one) is sent there, query and hash kept. Returns false when the id is not another chapter's.
 */
export function redirectToChapterOf(id: string = readHashId(location.hash), root: Document = document): boolean {
  if (!id) return false;
  const links = [...root.querySelectorAll<HTMLAnchorElement>('a[data-chapter-link]')];
  const owner = links
    .filter((a) => id === a.dataset.chapterLink || id.startsWith(`${a.dataset.chapterLink}-`))
    .sort((a, b) => b.dataset.chapterLink!.length - a.dataset.chapterLink!.length)[0];
  if (!owner || owner.getAttribute('aria-current') === 'page') return false;
  location.replace(`${owner.pathname}${location.search}${location.hash}`);
  return true;
}
