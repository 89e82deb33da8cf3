/**
 * The step controls at the ends of a chapter. Past the last step, Next leads on to the next chapter
 * (and Previous, before the first, to the previous one): a page change the reader should see coming.
 * There the button shows its other wording, written at build time (StoryPage.astro: the chapter
 * link's words and a sideways arrow), and takes the chapter's title as its description; with no
 * chapter to go to, it is marked disabled (and stays focusable).
 */
export interface EdgeButton {
  button: HTMLButtonElement;
  /** The chapter the button leads to past the edge, if any. */
  chapter: HTMLAnchorElement | null;
}

/** Sets the button for a step at the edge (`atEdge`) or inside the chapter. */
export function markEdge({ button, chapter }: EdgeButton, atEdge: boolean): void {
  const leaving = atEdge && chapter !== null;
  button.toggleAttribute('data-leaves', leaving);
  const title = leaving ? chapter.querySelector('.chapter-link-title')?.textContent?.trim() : undefined;
  if (title) button.title = title;
  else button.removeAttribute('title');
  if (atEdge && !chapter) button.setAttribute('aria-disabled', 'true');
  else button.removeAttribute('aria-disabled');
}
