/**
 * The deck's key bindings as one table: the key handler looks keys up here and the help overlay
 * is rendered from it, so the two cannot drift apart. Presentation clickers send PageDown/PageUp
 * (some also F5, Esc, B or "."), which is why those keys are here too.
 */
import type { DeckAction } from './deckReducer';

/** What a key asks for: a reducer action, or a browser effect the reducer does not model. */
export type DeckCommand =
  | Exclude<DeckAction, { type: 'goto' } | { type: 'sync' }>
  | { type: 'fullscreen' }
  | { type: 'speaker' };

/** A help-overlay row: the i18n key (under deck.actions) naming what the keys do. */
export type HelpRow = 'next' | 'previous' | 'first' | 'last' | 'goto' | 'fullscreen' | 'overview' | 'blackout' | 'help' | 'speaker';

export interface KeyBinding {
  /** KeyboardEvent.key, letters upper-case; "Shift+…" when Shift must be held. */
  key: string;
  command: DeckCommand;
  help: HelpRow;
}

const digits: KeyBinding[] = [...'0123456789'].map((d) => ({ key: d, command: { type: 'digit', digit: d }, help: 'goto' }));

/** Every key the deck answers to, in help-overlay order. */
export const keyMap: readonly KeyBinding[] = [
  { key: 'ArrowRight', command: { type: 'next' }, help: 'next' },
  { key: 'ArrowDown', command: { type: 'next' }, help: 'next' },
  { key: ' ', command: { type: 'next' }, help: 'next' },
  { key: 'PageDown', command: { type: 'next' }, help: 'next' },
  { key: 'Enter', command: { type: 'enter' }, help: 'next' },
  { key: 'N', command: { type: 'next' }, help: 'next' },
  { key: 'ArrowLeft', command: { type: 'previous' }, help: 'previous' },
  { key: 'ArrowUp', command: { type: 'previous' }, help: 'previous' },
  { key: 'PageUp', command: { type: 'previous' }, help: 'previous' },
  { key: 'Backspace', command: { type: 'previous' }, help: 'previous' },
  { key: 'P', command: { type: 'previous' }, help: 'previous' },
  { key: 'Shift+ ', command: { type: 'previous' }, help: 'previous' },
  { key: 'Home', command: { type: 'first' }, help: 'first' },
  { key: 'End', command: { type: 'last' }, help: 'last' },
  ...digits,
  { key: 'F', command: { type: 'fullscreen' }, help: 'fullscreen' },
  // Clickers' "start slideshow" button.
  { key: 'F5', command: { type: 'fullscreen' }, help: 'fullscreen' },
  { key: 'Shift+F5', command: { type: 'fullscreen' }, help: 'fullscreen' },
  { key: 'O', command: { type: 'toggleOverview' }, help: 'overview' },
  { key: 'Escape', command: { type: 'escape' }, help: 'overview' },
  { key: 'B', command: { type: 'toggleBlackout' }, help: 'blackout' },
  { key: '.', command: { type: 'toggleBlackout' }, help: 'blackout' },
  { key: '?', command: { type: 'toggleHelp' }, help: 'help' },
  { key: 'S', command: { type: 'speaker' }, help: 'speaker' },
];

/** The parts of a KeyboardEvent the key map reads (so tests need no DOM). */
export interface KeyPress {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

/** "n" → "N", "Shift+ " for Shift+Space; other keys as the browser names them. */
export function toKeyName(press: KeyPress): string {
  const key = press.key.length === 1 ? press.key.toUpperCase() : press.key;
  // Shift only matters where it changes the meaning (Space, F5); "?" already includes it.
  const shifted = press.shiftKey && (key === ' ' || key === 'F5');
  return shifted ? `Shift+${key}` : key;
}

const byKey = new Map(keyMap.map((b) => [b.key, b.command]));

/** The command for a key press, or undefined when the deck should leave the key alone. */
export function getDeckCommand(press: KeyPress): DeckCommand | undefined {
  // Browser and system shortcuts (Ctrl+R, Cmd+F, Alt+←) keep working.
  if (press.ctrlKey || press.altKey || press.metaKey) return undefined;
  return byKey.get(toKeyName(press));
}

/** The help overlay's rows: each action with the keys (display names) that trigger it. */
export function getHelpRows(): { row: HelpRow; keys: string[] }[] {
  const rows = new Map<HelpRow, string[]>();
  for (const b of keyMap) {
    const list = rows.get(b.help) ?? [];
    const name = toDisplayKey(b.key);
    if (!list.includes(name)) list.push(name);
    rows.set(b.help, list);
  }
  // Typing a number needs Enter to finish it.
  rows.get('goto')?.push('Enter');
  return [...rows].map(([row, keys]) => ({ row, keys }));
}

const displayNames: Record<string, string> = {
  ArrowRight: '→',
  ArrowLeft: '←',
  ArrowDown: '↓',
  ArrowUp: '↑',
  ' ': 'Space',
  'Shift+ ': 'Shift+Space',
  PageDown: 'Page Down',
  PageUp: 'Page Up',
  Escape: 'Esc',
};

/** How a key is written on the keycap; the ten digits collapse to "0–9". */
export function toDisplayKey(key: string): string {
  if (/^[0-9]$/.test(key)) return '0–9';
  return displayNames[key] ?? key;
}
