/**
 * The speaker view's extras beside the current slide: the next slide's preview, the notes,
 * whether the audience screen is black, an elapsed timer (resettable, kept when this window is
 * reloaded or closed and opened again during a talk) and the clock.
 */
import type { DeckState } from './deckReducer';
import { shrinkToFit } from './shrinkToFit';
import { createSlideStage, type SlideInfo, type SlideStage } from './slideStage';

const TIMER_KEY = 'deck-timer-start';
const TIMER_SEEN_KEY = 'deck-timer-seen';
/**
 * A speaker view reopened within this time of the last one's last tick goes on with its timer
 * (closed by mistake mid-talk); after a longer gap the timer belongs to an earlier talk, a
 * rehearsal or the previous speaker at a shared lectern, and starts afresh.
 */
const TIMER_GAP_MS = 10 * 60 * 1000;

/** When the talk's timer started: the stored start if a speaker view ticked a moment ago, else now (and stored). */
function timerStart(storage: Storage, now: number): number {
  const stored = Number(storage.getItem(TIMER_KEY)) || 0;
  const seen = Number(storage.getItem(TIMER_SEEN_KEY)) || 0;
  const start = stored > 0 && stored <= now && now - seen < TIMER_GAP_MS ? stored : now;
  storage.setItem(TIMER_KEY, String(start));
  storage.setItem(TIMER_SEEN_KEY, String(now));
  return start;
}

/** "1:02:03" / "12:34": elapsed time as a presenter reads it. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mmss = `${String(m).padStart(h ? 2 : 1, '0')}:${String(s).padStart(2, '0')}`;
  return h ? `${h}:${mmss}` : mmss;
}

/**
 * What a chapter's title slide has in place of notes: the key line of each of the chapter's slides
 * that follow it, so the presenter sees where the chapter goes before starting it. Empty for any
 * other slide.
 */
export function chapterAgenda(slides: Pick<SlideInfo, 'kind' | 'chapter' | 'el'>[], index: number): string[] {
  const title = slides[index];
  if (title?.kind !== 'title') return [];
  const leads: string[] = [];
  for (const slide of slides.slice(index + 1)) {
    if (slide.chapter !== title.chapter || slide.kind !== 'step') break;
    const lead = slide.el.querySelector('.lead')?.textContent?.replace(/\s+/g, ' ').trim();
    if (lead) leads.push(lead);
  }
  return leads;
}

/** Starts the panel; `render` is called by startDeck on every state change. */
export function startSpeakerPanel(current: SlideStage) {
  const previewFrame = document.querySelector<HTMLElement>('[data-preview-stage] [data-stage-frame]');
  const preview = previewFrame ? createSlideStage(previewFrame) : undefined;
  const previewEnd = document.querySelector<HTMLElement>('[data-preview-end]');
  const notesTarget = document.querySelector<HTMLElement>('[data-notes-target]');
  const noNotes = notesTarget?.dataset.empty ?? '';
  // Long notes shrink to stay whole above the control bar, as a slide's text does, but stop at a
  // size a presenter still reads at arm's length.
  const fitNotes = () => notesTarget && shrinkToFit(notesTarget, { floor: 0.6, minPx: 18 });
  if (notesTarget) new ResizeObserver(fitNotes).observe(notesTarget);
  const blackout = document.querySelector<HTMLElement>('[data-blackout-indicator]');
  const timer = document.querySelector<HTMLElement>('[data-timer]');
  const clock = document.querySelector<HTMLElement>('[data-clock]');
  const intl = document.querySelector<HTMLElement>('[data-deck]')?.dataset.intl || document.documentElement.lang;
  const clockFormat = new Intl.DateTimeFormat(intl, { hour: 'numeric', minute: '2-digit' });

  // Kept in localStorage, not the window's session: a speaker view closed by mistake mid-talk and
  // opened again with S is a new window, and must not lose the elapsed time.
  let start = timerStart(localStorage, Date.now());
  const tick = () => {
    const now = Date.now();
    localStorage.setItem(TIMER_SEEN_KEY, String(now));
    if (timer) timer.textContent = formatElapsed(now - start);
    if (clock) clock.textContent = clockFormat.format(now);
  };
  document.querySelector('[data-timer-reset]')?.addEventListener('click', (e) => {
    start = Date.now();
    localStorage.setItem(TIMER_KEY, String(start));
    tick();
    // After a mouse click the keys go back to the deck: Space must move the slide, not reset again.
    if ((e as MouseEvent).detail > 0) (e.currentTarget as HTMLElement).blur();
  });
  tick();
  setInterval(tick, 1000);

  return {
    render(state: DeckState, moved: boolean) {
      if (blackout) blackout.hidden = !state.blackout;
      if (!moved) return;
      const next = state.index + 1 < current.count ? state.index + 1 : -1;
      preview?.show(next, true);
      if (previewEnd) previewEnd.hidden = next !== -1;
      if (notesTarget) {
        const notes = current.slides[state.index]?.el.querySelector('[data-notes]');
        notesTarget.replaceChildren(...(notes ? [...notes.cloneNode(true).childNodes] : []));
        const agenda = notesTarget.textContent?.trim() ? [] : chapterAgenda(current.slides, state.index);
        const list = agenda.length > 0 ? document.createElement('ol') : null;
        if (list) {
          const heading = document.createElement('p');
          heading.textContent = notesTarget.dataset.agenda ?? '';
          list.className = 'agenda';
          list.append(...agenda.map((line) => Object.assign(document.createElement('li'), { textContent: line })));
          notesTarget.replaceChildren(heading, list);
        }
        if (!notesTarget.textContent?.trim()) notesTarget.textContent = noNotes;
        notesTarget.scrollTop = 0;
        fitNotes();
        // An outline gives each line three lines of text where the panel has room, else fewer.
        for (const lines of [2, 1]) {
          if (!list || notesTarget.scrollHeight <= notesTarget.clientHeight + 1) break;
          list.style.setProperty('--agenda-lines', String(lines));
          fitNotes();
        }
      }
    },
  };
}
