/**
 * The bar's Contents menu is a <details>, so it opens and closes without scripts. With them, it
 * also closes as a menu should: on Escape (the focus goes back to its button), and when a click or
 * the focus goes elsewhere, so it does not stay open over the text.
 */
export function startContentsMenu(root: Document = document): void {
  const menu = root.querySelector<HTMLDetailsElement>('details.toc');
  if (!menu) return;
  const close = () => {
    menu.open = false;
  };
  // First, and marked handled: an Escape that closes the menu closes nothing else (a data table
  // open beside it stays open, and keeps the focus from being moved there).
  root.addEventListener(
    'keydown',
    (e) => {
      if (e.key !== 'Escape' || !menu.open || e.defaultPrevented) return;
      e.preventDefault();
      close();
      menu.querySelector('summary')?.focus();
    },
    { capture: true },
  );
  const outside = (e: Event) => {
    if (menu.open && !menu.contains(e.target as Node)) close();
  };
  root.addEventListener('pointerdown', outside);
  root.addEventListener('focusin', outside);
}
