/**
 * A deck page's first document carries only the cover slide; every other slide comes in a second
 * file, fetched with the deck's script (the speaker view has two stages, so two files). The deck
 * cannot run without that script, and a phone shows the story instead, so nothing is lost for a
 * reader without it, and the first round trip carries only what the room sees first.
 *
 * DeckStage.astro marks the slides to defer; src/integrations/deckSlides.ts moves them into
 * `slides.<hash>.html` beside the page after the build and writes that file's URL into the frame's
 * attribute. fetchDeferredSlides() below fetches the file; placeDeferredSlides.ts puts the slides
 * back on the stage.
 */

/** On the stage frame: present when slides are deferred; after the build, the fragment's URL. */
export const DEFERRED_SLIDES_ATTRIBUTE = 'data-deferred-slides';

/** Comments around the deferred slides in the built page (only the build step reads them). */
export const DEFERRED_SLIDES_START = '<!--deferred-slides-->';
export const DEFERRED_SLIDES_END = '<!--/deferred-slides-->';
/**
 * Between chapters in the fragment: the deck puts the slides on the stage a chapter per task, since
 * parsing all of them at once was one long task on a phone-sized page (50–63 ms at 4× CPU slowdown).
 */
export const DEFERRED_SLIDES_BREAK = '<!--deferred-slides-break-->';

/** The fragment's file name beside its page: `slides.` and ten hex digits of its content's hash. */
export const deferredSlidesFileName = (hash: string): string => `slides.${hash.slice(0, 10)}.html`;
export const DEFERRED_SLIDES_FILE = /^slides\.[0-9a-f]{10}\.html$/;

/** The outcome of fetching one stage frame's deferred slides. */
export type DeferredSlides =
  | { status: 'loaded'; frame: HTMLElement; chunks: string[] }
  | { status: 'failed'; frame: HTMLElement; reason: string };

/** Fetches one frame's deferred slides; never rejects, so the deck starts with the cover either way. */
async function fetchFrameSlides(frame: HTMLElement): Promise<DeferredSlides> {
  const url = frame.getAttribute(DEFERRED_SLIDES_ATTRIBUTE);
  if (!url) return { status: 'failed', frame, reason: 'the page was built without its slides file' };
  try {
    const response = await fetch(url);
    if (!response.ok) return { status: 'failed', frame, reason: `${url}: HTTP ${response.status}` };
    const chunks = (await response.text()).split(DEFERRED_SLIDES_BREAK).filter((chunk) => chunk.trim());
    return { status: 'loaded', frame, chunks };
  } catch (error) {
    return { status: 'failed', frame, reason: `${url}: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * Fetches the deferred slides of every stage frame on the page (the audience deck has one, the
 * speaker view two), at once. Only the page's entry script imports this module, so it adds no
 * request of its own before the first paint; placeDeferredSlides.ts, in the deck's module, puts
 * the slides on the stages.
 */
export function fetchDeferredSlides(root: ParentNode = document): Promise<DeferredSlides[]> {
  return Promise.all([...root.querySelectorAll<HTMLElement>(`[${DEFERRED_SLIDES_ATTRIBUTE}]`)].map(fetchFrameSlides));
}
