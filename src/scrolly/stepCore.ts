/**
 * The one "current step" of a story page. Scroll position, keyboard controls and the address are
 * inputs; charts and chrome subscribe. Nothing here knows which input is driving. (The deck keeps
 * its own slide state: src/deck/deckReducer.ts.)
 */

/** Where a step change came from: drivers use it to decide whether to scroll or write history. */
export type StepOrigin = 'scroll' | 'key' | 'hash' | 'init';

export interface StepChange {
  /** Index in document order. */
  index: number;
  /** The step's id (also its element id and URL hash). */
  id: string;
  /** Chapter slug the step belongs to. */
  chapter: string;
  /** Chart the step shows and the named state it asks for ('' when the step leaves the chart as is). */
  chart: string;
  state: string;
  origin: StepOrigin;
}

type Listener = (change: StepChange) => void;

/** Creates a step store. Pages make one; tests can make many. */
export function createStepCore() {
  const listeners = new Set<Listener>();
  let current: StepChange | undefined;
  return {
    /** The current step, if any has been set. */
    get current() {
      return current;
    },
    /** Makes a step current and tells every subscriber; repeated sets of the same step are ignored. */
    set(change: StepChange) {
      if (current && current.id === change.id && change.origin === 'scroll') return;
      current = change;
      for (const l of listeners) l(change);
    },
    /** Subscribes; returns the unsubscribe function. Late subscribers get the current step at once. */
    subscribe(listener: Listener) {
      listeners.add(listener);
      if (current) listener(current);
      return () => listeners.delete(listener);
    },
  };
}

export type StepCore = ReturnType<typeof createStepCore>;
