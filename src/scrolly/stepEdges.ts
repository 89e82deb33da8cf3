/**
 * The step controls at the ends of a chapter. Past the last step, Next leads on to the next chapter
 * (and Previous, before the first, to the previous one): a page change the reader should see coming.
 * There the button takes the chapter link's words, an arrow pointing sideways, and the chapter's
 * title as its description; with no chapter to go to, it is marked disabled (and stays focusable).
 */
export interface EdgeButton {
  button: HTMLButtonElement;
  /** The chapter the button leads to past the edge, if any. */
  chapter: HTMLAnchorElement | null;
}

interface Resting {
  word: string;
  arrow: string;
}

const resting = new WeakMap<HTMLButtonElement, Resting>();

function parts(button: HTMLButtonElement) {
  return { word: button.querySelector<HTMLElement>('.control-word'), arrow: button.querySelector<HTMLElement>('[data-arrow]') };
}

/** Sets the button for a step at the edge (`atEdge`) or inside the chapter. */
export function markEdge({ button, chapter }: EdgeButton, atEdge: boolean): void {
  const { word, arrow } = parts(button);
  if (!resting.has(button)) resting.set(button, { word: word?.textContent ?? '', arrow: arrow?.textContent ?? '' });
  const rest = resting.get(button)!;
  const leaving = atEdge && chapter !== null;
  if (word) word.textContent = leaving ? (button.dataset.leaveWord ?? rest.word) : rest.word;
  if (arrow) arrow.textContent = leaving ? (button.dataset.leaveArrow ?? rest.arrow) : rest.arrow;
  const title = leaving ? chapter.querySelector('.chapter-link-title')?.textContent?.trim() : undefined;
  if (title) button.title = title;
  else button.removeAttribute('title');
  button.toggleAttribute('data-leaves', leaving);
  if (atEdge && !chapter) button.setAttribute('aria-disabled', 'true');
  else button.removeAttribute('aria-disabled');
}
