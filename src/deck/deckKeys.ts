/** Keyboard input for the deck: looks keys up in the key map and hands commands to the page. */
import { isCharacterKey, singleKeysOn } from '../client/singleKeys';
import { getDeckCommand, type DeckCommand } from './keyMap';

/** Listens for deck keys on the window; returns the stop function. */
export function listenForDeckKeys(handle: (command: DeckCommand) => void): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.isComposing) return;
    const target = e.target as HTMLElement | null;
    // Typing goes to a text field; a focused checkbox (the help's switch) still lets keys through.
    if (target?.closest('input:not([type="checkbox"]), textarea, select, [contenteditable]')) return;
    // Enter and Space on a focused control press that control, as everywhere else.
    if ((e.key === 'Enter' || e.key === ' ') && target?.closest('button, a[href], summary, input')) return;
    // Letters, digits and punctuation only while the reader has the single-key shortcuts on.
    if (isCharacterKey(e.key) && !singleKeysOn()) return;
    const command = getDeckCommand(e);
    if (!command) return;
    e.preventDefault();
    handle(command);
  };
  addEventListener('keydown', onKey);
  return () => removeEventListener('keydown', onKey);
}
