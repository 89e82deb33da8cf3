/**
 * Wires a deck page: the reducer's state is the one truth; keys, buttons, swipes, the URL
 * (?slide=n, Back/Forward) and the other window (BroadcastChannel) are inputs; the stage, the
 * overlays, the counter, the URL and the other window are outputs. Used by the audience deck
 * (present/) and the speaker view (present/speaker/).
 */
import { createDeckState, deckReducer, type DeckAction, type DeckState } from './deckReducer';
import { startSingleKeysSwitches } from '../client/singleKeys';
import { listenForDeckKeys } from './deckKeys';
import { connectDeckSync, type DeckRole } from './deckSync';
import type { DeckCommand } from './keyMap';
import { buildOverview } from './overview';
import { hideIdlePointer, keepScreenAwake, listenForSwipes, toggleFullscreen } from './presenting';
import { createSlideStage } from './slideStage';
import { SLIDE_PARAM, toSlideIndex, withSlide } from './slideUrl';
import { startSpeakerPanel } from './speakerPanel';

/** Where a change came from: decides whether to write history and whether to tell the other window. */
type Origin = 'init' | 'local' | 'history' | 'remote';

/** Commands that still work while the overview grid has the keyboard. */
const OVERVIEW_COMMANDS = new Set<DeckCommand['type']>(['escape', 'toggleOverview', 'toggleHelp', 'fullscreen', 'speaker']);

/** How long a typed slide number waits for Enter. */
const TYPED_TIMEOUT = 3000;

const WINDOW_NAMES: Record<DeckRole, string> = { audience: 'deck-audience', speaker: 'deck-speaker' };

/** Opens the named window at `url`, or brings it forward without reloading it when it is already open. */
function openOrFocus(url: string, name: string, features?: string): void {
  const win = window.open('', name, features);
  if (!win) return;
  try {
    if (win.location.href === 'about:blank') win.location.href = url;
  } catch {
    win.location.href = url;
  }
  win.focus();
}

/** Starts the deck on this page. */
export function startDeck(role: DeckRole): void {
  const root = document.querySelector<HTMLElement>('[data-deck]');
  const frame = document.querySelector<HTMLElement>('[data-current-stage] [data-stage-frame], [data-deck] > [data-stage-frame]');
  if (!root || !frame) return;
  const stage = createSlideStage(frame);
  if (stage.count === 0) return;
  if (role === 'audience' && !window.name) window.name = WINDOW_NAMES.audience;

  const overviewEl = document.querySelector<HTMLElement>('[data-deck-overview]')!;
  const helpEl = document.querySelector<HTMLElement>('[data-deck-help]')!;
  const blackoutEl = document.querySelector<HTMLElement>('[data-blackout]');
  const typedEl = document.querySelector<HTMLElement>('[data-typed]');
  const counters = [...document.querySelectorAll<HTMLElement>('[data-deck-counter]')];
  const storyLinks = [...document.querySelectorAll<HTMLAnchorElement>('[data-story-link]')];
  // While an overlay is open, everything else on the page is inert (the skip link and the live
  // region too), so Tab stays inside it, as in any modal dialog.
  const outside = [...document.body.children].filter(
    (el): el is HTMLElement => el instanceof HTMLElement && !el.contains(overviewEl) && !el.contains(helpEl),
  );
  // The control that opened an overlay gets the focus back when it closes.
  let opener: HTMLElement | null = null;
  const speaker = role === 'speaker' ? startSpeakerPanel(stage) : undefined;

  const readUrlIndex = () => toSlideIndex(new URLSearchParams(location.search).get(SLIDE_PARAM), stage.count);
  let state: DeckState = createDeckState(stage.count, readUrlIndex());
  let typedTimer = 0;

  const sync = connectDeckSync(
    role,
    () => ({ index: state.index, blackout: state.blackout }),
    (index, blackout) => dispatch({ type: 'sync', index, blackout }, 'remote'),
  );
  const overview = buildOverview(
    overviewEl.querySelector('[data-overview-list]')!,
    stage.slides,
    (index) => dispatch({ type: 'goto', index }),
    (direction) => dispatch({ type: direction > 0 ? 'next' : 'previous' }),
  );

  function render(prev: DeckState | undefined, origin: Origin) {
    const moved = !prev || prev.index !== state.index;
    if (moved) {
      // Neighbouring slides animate their chart; jumps, reloads and the other window's changes snap.
      const immediate = origin !== 'local' || !prev || Math.abs(prev.index - state.index) > 1;
      stage.show(state.index, immediate);
      const search = withSlide(location.search, state.index);
      // Both windows keep every slide shown in their history, wherever the move came from: Back in
      // either then goes to the slide shown before, and takes the other window along (below). Had
      // the other window's moves only replaced the entry, Back here would reach a slide from long
      // before and send the room's screen there.
      if ((origin === 'local' || origin === 'remote') && location.search !== search) history.pushState(null, '', search);
      else if (origin === 'init' && location.search !== search) history.replaceState(null, '', search);
      const n = String(state.index + 1);
      const total = String(state.count);
      const slide = stage.slides[state.index]!;
      // The spoken counter also says what the slide says (its title or lead line), so a presenter
      // with a screen reader hears the slide the room sees, not only its number.
      const words = slide.el.querySelector('h1, h2, h3, [data-lead]')?.textContent?.replace(/\s+/g, ' ').trim();
      counters.forEach((c) => {
        const count = (c.dataset.template ?? '{n} / {total}').replace('{n}', n).replace('{total}', total);
        c.textContent = c.hasAttribute('aria-live') && words ? `${count}: ${words}` : count;
      });
      document.querySelectorAll<HTMLAnchorElement>('[data-lang-link]').forEach((a) => (a.search = withSlide('', state.index)));
      storyLinks.forEach((a) => (a.hash = slide.stepId || slide.chapter));
    }
    speaker?.render(state, moved);

    const overlayOpen = state.overview || state.help;
    const wasOpen = prev ? prev.overview || prev.help : false;
    overviewEl.hidden = !state.overview;
    helpEl.hidden = !state.help;
    if (overlayOpen && !wasOpen) opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    outside.forEach((el) => (el.inert = overlayOpen));
    if (state.overview && (moved || !prev?.overview)) overview.mark(state.index);
    if (state.overview && !prev?.overview) {
      overview.focus(state.index);
    } else if (state.help && !prev?.help) {
      helpEl.querySelector<HTMLElement>('[data-deck-close]')?.focus();
    } else if (wasOpen && !overlayOpen) {
      // Back to the opener if it can still take the focus (a button in a faded bar cannot).
      opener?.focus({ preventScroll: true });
      if (document.activeElement !== opener) root!.focus({ preventScroll: true });
      opener = null;
    }
    if (blackoutEl) blackoutEl.hidden = !state.blackout;

    if (typedEl) {
      typedEl.hidden = !state.typed;
      typedEl.textContent = state.typed ? (typedEl.dataset.template ?? '{n}').replace('{n}', state.typed) : '';
    }
    clearTimeout(typedTimer);
    if (state.typed) typedTimer = window.setTimeout(() => dispatch({ type: 'escape' }), TYPED_TIMEOUT);

    // Back and Forward move the other window too: left behind, it would show another slide's notes.
    if ((origin === 'local' || origin === 'history') && prev && (moved || prev.blackout !== state.blackout)) sync.post(state.index, state.blackout);
  }

  function dispatch(action: DeckAction, origin: Origin = 'local') {
    const prev = state;
    state = deckReducer(prev, action);
    if (state !== prev) render(prev, origin);
  }

  function run(command: DeckCommand) {
    if (state.overview && !OVERVIEW_COMMANDS.has(command.type)) return;
    if (command.type === 'fullscreen') toggleFullscreen();
    else if (command.type === 'speaker') openOtherWindow();
    else dispatch(command);
  }

  function openOtherWindow() {
    const search = withSlide('', state.index);
    if (role === 'audience') {
      openOrFocus(`${root!.dataset.speakerUrl}${search}`, WINDOW_NAMES.speaker, 'popup,width=1280,height=800');
    } else if (window.opener && !(window.opener as Window).closed) {
      (window.opener as Window).focus();
    } else {
      openOrFocus(`${root!.dataset.audienceUrl}${search}`, WINDOW_NAMES.audience);
    }
  }

  listenForDeckKeys(run);
  startSingleKeysSwitches();
  document.addEventListener('click', (e) => {
    const target = e.target as HTMLElement;
    const button = target.closest<HTMLElement>('[data-deck-command]');
    const close = target.closest<HTMLElement>('[data-deck-close]');
    if (button) run({ type: button.dataset.deckCommand } as DeckCommand);
    else if (close) dispatch({ type: close.closest('[data-deck-help]') ? 'toggleHelp' : 'toggleOverview' });
    else return;
    // After a mouse click, give the keys back to the deck (Space must not press the button again).
    if (e.detail > 0) (document.activeElement as HTMLElement | null)?.blur();
  });
  listenForSwipes(frame, (direction) => run({ type: direction > 0 ? 'next' : 'previous' }));
  addEventListener('popstate', () => dispatch({ type: 'goto', index: readUrlIndex() }, 'history'));

  keepScreenAwake();
  if (role === 'audience') hideIdlePointer();
  render(undefined, 'init');
  root.dataset.ready = '';
}
