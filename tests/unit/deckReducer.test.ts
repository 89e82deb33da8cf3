import { describe, expect, it } from 'vitest';
import { clampIndex, createDeckState, deckReducer, type DeckAction, type DeckState } from '../../src/deck/deckReducer';
import { toSlideIndex, withSlide } from '../../src/deck/slideUrl';

const run = (state: DeckState, ...actions: DeckAction[]) => actions.reduce(deckReducer, state);

describe('deckReducer', () => {
  const deck = createDeckState(10, 4);

  it('steps forward and back, stopping at both ends', () => {
    expect(run(deck, { type: 'next' }).index).toBe(5);
    expect(run(deck, { type: 'previous' }).index).toBe(3);
    expect(run(createDeckState(10, 9), { type: 'next' }).index).toBe(9);
    expect(run(createDeckState(10, 0), { type: 'previous' }).index).toBe(0);
  });

  it('jumps to the first and last slide', () => {
    expect(run(deck, { type: 'first' }).index).toBe(0);
    expect(run(deck, { type: 'last' }).index).toBe(9);
  });

  it('clamps go-to requests to the nearest slide', () => {
    expect(run(deck, { type: 'goto', index: 42 }).index).toBe(9);
    expect(run(deck, { type: 'goto', index: -3 }).index).toBe(0);
    expect(run(deck, { type: 'goto', index: Number.NaN }).index).toBe(0);
    expect(run(deck, { type: 'goto', index: 2.4 }).index).toBe(2);
  });

  it('jumps to a typed number on Enter, and Enter alone means next', () => {
    const typed = run(deck, { type: 'digit', digit: '1' }, { type: 'digit', digit: '0' });
    expect(typed.typed).toBe('10');
    expect(typed.index).toBe(4);
    const jumped = run(typed, { type: 'enter' });
    expect(jumped.index).toBe(9);
    expect(jumped.typed).toBe('');
    expect(run(deck, { type: 'enter' }).index).toBe(5);
    expect(run(deck, { type: 'digit', digit: '0' }, { type: 'enter' }).index).toBe(0);
    expect(run(deck, { type: 'digit', digit: '7' }, { type: 'digit', digit: '7' }, { type: 'enter' }).index).toBe(9);
  });

  it('forgets a typed number on any other key, and ignores non-digits', () => {
    expect(run(deck, { type: 'digit', digit: '2' }, { type: 'next' }).typed).toBe('');
    expect(run(deck, { type: 'digit', digit: '2' }, { type: 'escape' })).toMatchObject({ typed: '', overview: false });
    expect(run(deck, { type: 'digit', digit: 'x' })).toBe(deck);
  });

  it('opens and closes the overview; going to a slide closes it', () => {
    const open = run(deck, { type: 'toggleOverview' });
    expect(open.overview).toBe(true);
    expect(run(open, { type: 'escape' }).overview).toBe(false);
    expect(run(open, { type: 'goto', index: 1 })).toMatchObject({ overview: false, index: 1 });
    expect(run(deck, { type: 'escape' }).overview).toBe(true);
  });

  it('blacks out, and the next press only brings the slide back', () => {
    const black = run(deck, { type: 'toggleBlackout' });
    expect(black.blackout).toBe(true);
    expect(run(black, { type: 'toggleBlackout' }).blackout).toBe(false);
    expect(run(black, { type: 'next' })).toMatchObject({ blackout: false, index: 4 });
    expect(run(black, { type: 'escape' })).toMatchObject({ blackout: false, overview: false });
    expect(run(black, { type: 'goto', index: 7 })).toMatchObject({ blackout: false, index: 7 });
  });

  it('toggles help; Esc closes help before anything else', () => {
    const help = run(deck, { type: 'toggleHelp' });
    expect(help.help).toBe(true);
    expect(run(help, { type: 'escape' })).toMatchObject({ help: false, overview: false });
  });

  it('takes slide and blackout from the other window, clamped', () => {
    expect(run(deck, { type: 'sync', index: 2, blackout: true })).toMatchObject({ index: 2, blackout: true });
    expect(run(deck, { type: 'sync', index: 99, blackout: false }).index).toBe(9);
  });

  it('closes its overview or help when the other window moves, and keeps them when it only repeats where it is', () => {
    const overview = run(deck, { type: 'toggleOverview' });
    expect(run(overview, { type: 'sync', index: 3, blackout: false })).toMatchObject({ index: 3, overview: false });
    const help = run(deck, { type: 'toggleHelp' });
    expect(run(help, { type: 'sync', index: 0, blackout: true })).toMatchObject({ help: false, blackout: true });
    expect(deckReducer(help, { type: 'sync', index: help.index, blackout: false })).toBe(help);
  });

  it('returns the same object when nothing changes', () => {
    const last = createDeckState(3, 2);
    expect(deckReducer(last, { type: 'next' })).toBe(last);
    expect(deckReducer(last, { type: 'goto', index: 2 })).toBe(last);
  });

  it('always has at least one slide', () => {
    expect(createDeckState(0)).toMatchObject({ index: 0, count: 1 });
    expect(clampIndex(5, 0)).toBe(0);
    expect(clampIndex(Infinity, 4)).toBe(3);
  });
});

describe('slide URL', () => {
  it('reads ?slide= as a 1-based number, clamping what is out of range or malformed', () => {
    expect(toSlideIndex('3', 10)).toBe(2);
    expect(toSlideIndex(null, 10)).toBe(0);
    expect(toSlideIndex('', 10)).toBe(0);
    expect(toSlideIndex('0', 10)).toBe(0);
    expect(toSlideIndex('-4', 10)).toBe(0);
    expect(toSlideIndex('999', 10)).toBe(9);
    expect(toSlideIndex('abc', 10)).toBe(0);
    expect(toSlideIndex('7abc', 10)).toBe(6);
    expect(toSlideIndex('2.9', 10)).toBe(1);
    expect(toSlideIndex('1e9', 10)).toBe(9);
  });

  it('writes the slide and keeps other parameters', () => {
    expect(withSlide('', 0)).toBe('?slide=1');
    expect(withSlide('?slide=4&x=1', 11)).toBe('?slide=12&x=1');
  });
});
