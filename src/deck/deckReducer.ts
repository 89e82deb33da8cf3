/**
 * The presenter deck's state as a pure reducer: which slide is current, which overlay is open,
 * whether the screen is blacked out, and the slide number being typed. Browser modules turn keys,
 * clicks, swipes, URL changes and messages from the other window into actions; nothing here
 * touches the DOM, so every rule is unit-tested.
 */

export interface DeckState {
  /** Current slide, 0-based. */
  index: number;
  /** Number of slides (at least 1). */
  count: number;
  overview: boolean;
  help: boolean;
  blackout: boolean;
  /** Digits typed so far for "number, then Enter" (empty when none). */
  typed: string;
}

export type DeckAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  /** Go to a 0-based index; out-of-range values clamp to the nearest slide. */
  | { type: 'goto'; index: number }
  | { type: 'digit'; digit: string }
  /** Enter: jumps to the typed number when there is one, else next. */
  | { type: 'enter' }
  | { type: 'toggleOverview' }
  | { type: 'toggleHelp' }
  | { type: 'toggleBlackout' }
  /** Esc: closes the topmost layer (help, blackout); with none open, toggles the overview. */
  | { type: 'escape' }
  /** The other window (speaker view or audience) reports its slide and blackout; a change of either closes this window's overlays. */
  | { type: 'sync'; index: number; blackout: boolean };

/** Longest slide number we accept typing (a deck of 9 999 slides is plenty). */
const MAX_TYPED = 4;

/** Clamps any number (NaN, fractions, negatives, too large) to a valid 0-based slide index. */
export function clampIndex(index: number, count: number): number {
  const last = Math.max(0, count - 1);
  if (!Number.isFinite(index)) return index === Infinity ? last : 0;
  return Math.min(last, Math.max(0, Math.round(index)));
}

/** The state a deck of `count` slides starts in, at `index` (clamped). */
export function createDeckState(count: number, index = 0): DeckState {
  const safeCount = Math.max(1, Math.floor(count) || 1);
  return { index: clampIndex(index, safeCount), count: safeCount, overview: false, help: false, blackout: false, typed: '' };
}

function moveTo(state: DeckState, index: number): DeckState {
  return { ...state, index: clampIndex(index, state.count), overview: false, help: false, blackout: false, typed: '' };
}

/** Applies one action; returns the same object when nothing changes, so callers can skip work. */
export function deckReducer(state: DeckState, action: DeckAction): DeckState {
  const next = reduce(state, action);
  return sameState(state, next) ? state : next;
}

function reduce(state: DeckState, action: DeckAction): DeckState {
  switch (action.type) {
    case 'next':
    case 'previous':
      // Like a slide projector's "black" button: the first press after a blackout only brings the
      // picture back, so a presenter never skips a slide they have not shown.
      if (state.blackout) return { ...state, blackout: false, typed: '' };
      return moveTo(state, state.index + (action.type === 'next' ? 1 : -1));
    case 'first':
      return moveTo(state, 0);
    case 'last':
      return moveTo(state, state.count - 1);
    case 'goto':
      return moveTo(state, action.index);
    case 'digit':
      if (!/^[0-9]$/.test(action.digit)) return state;
      return { ...state, typed: (state.typed + action.digit).slice(-MAX_TYPED) };
    case 'enter':
      if (state.typed) return moveTo(state, Number(state.typed) - 1);
      return reduce(state, { type: 'next' });
    case 'toggleOverview':
      return { ...state, overview: !state.overview, help: false, blackout: false, typed: '' };
    case 'toggleHelp':
      return { ...state, help: !state.help, typed: '' };
    case 'toggleBlackout':
      return { ...state, blackout: !state.blackout, overview: false, help: false, typed: '' };
    case 'escape':
      if (state.typed) return { ...state, typed: '' };
      if (state.help) return { ...state, help: false };
      if (state.blackout) return { ...state, blackout: false };
      return { ...state, overview: !state.overview };
    case 'sync': {
      const index = clampIndex(action.index, state.count);
      if (index === state.index && action.blackout === state.blackout) return state;
      // The other window moved on or blacked the screen out: an overview or help left open here
      // would stay over what the room is meant to see, with nothing on the presenter's screen to say so.
      return { ...state, index, blackout: action.blackout, overview: false, help: false, typed: '' };
    }
  }
}

function sameState(a: DeckState, b: DeckState): boolean {
  return (
    a.index === b.index &&
    a.count === b.count &&
    a.overview === b.overview &&
    a.help === b.help &&
    a.blackout === b.blackout &&
    a.typed === b.typed
  );
}
