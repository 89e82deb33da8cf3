/**
 * Browser-only: the reader's choice to turn off the single-key shortcuts (the story's J and K, the
 * deck's letters, digits and punctuation). A speech-input user's spoken words arrive as letters and
 * would set them off (WCAG 2.1.4); keys with modifiers or names (arrows, Page Up/Down, Home, End,
 * Escape) are not affected, so a clicker still drives the deck. Remembered across pages, and marked
 * on the page's root (`data-single-keys-off`) so the speaker view can say why B or a typed slide
 * number does nothing.
 */
const STORE = 'tn-single-key-shortcuts';
const TOGGLE = 'input[data-single-keys]';

/** A key that types a character (a letter, digit, punctuation or symbol), Space aside. */
export function isCharacterKey(key: string): boolean {
  return key.length === 1 && key !== ' ';
}

export function singleKeysOn(): boolean {
  try {
    return localStorage.getItem(STORE) !== 'off';
  } catch {
    return true; // storage blocked: the default
  }
}

function remember(on: boolean): void {
  try {
    if (on) localStorage.removeItem(STORE);
    else localStorage.setItem(STORE, 'off');
  } catch {
    // Storage blocked: the choice holds for this page only.
  }
}

/** Wires every switch on the page (src/components/SingleKeysSwitch.astro) to the stored choice. */
export function startSingleKeysSwitches(root: Document = document): void {
  const switches = [...root.querySelectorAll<HTMLInputElement>(TOGGLE)];
  let on = singleKeysOn();
  const show = () => {
    switches.forEach((s) => (s.checked = on));
    root.documentElement.toggleAttribute('data-single-keys-off', !on);
  };
  show();
  switches.forEach((s) =>
    s.addEventListener('change', () => {
      on = s.checked;
      remember(on);
      show();
    }),
  );
  // A choice made in another window (the speaker view beside the audience deck) applies here too.
  addEventListener('storage', (e) => {
    if (e.key !== STORE) return;
    on = singleKeysOn();
    show();
  });
}
