/** Keyboard input for the deck: looks keys up in the key map and hands commands to the page. */
import { getDeckCommand, type DeckCommand } from './keyMap';

/** Listens for deck keys on the window; returns the stop function. */
export function listenForDeckKeys(handle: (command: DeckCommand) => void): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.isComposing) return;
    const target = e.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable]')) return;
    // Enter and Space on a focused button or link press that control, as everywhere else.
    if ((e.key === 'Enter' || e.key === ' ') && target?.closest('button, a[href], summary')) return;
    const command = getDeckCommand(e);
    if (!command) return;
    e.preventDefault();
    handle(command);
  };
  addEventListener('keydown', onKey);
  return () => removeEventListener('keydown', onKey);
}
