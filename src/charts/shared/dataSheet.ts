/**
 * Browser-only: a chart's "Show the data" toggle, and the sheet it opens in the story's sticky graphic.
 *
 * In the flow (without motion, in the deck's notes, on the fact sheet's site twin) the table simply
 * opens below the chart. In the sticky graphic it could not be read there: on a phone the graphic
 * is a window onto the top of the chart, and on a laptop a chart with its table is taller than the
 * screen and stays pinned. There the open table turns the graphic into a sheet that fills the
 * screen below the bar and scrolls by itself (Chapter.astro), scrolled to the source line and the
 * table; the page under it does not move, so the reader comes back to the same step.
 */

const SHEET = 'data-sheet';
/** Where the sticky graphic sits beside the steps, not over them (Chapter.astro). */
const LAPTOP = '(min-width: 64rem)';

function isSticky(graphic: HTMLElement): boolean {
  return getComputedStyle(graphic).position === 'sticky';
}

export function setTableOpen(button: HTMLButtonElement, open: boolean): void {
  const table = document.getElementById(button.getAttribute('aria-controls') ?? '');
  const graphic = button.closest<HTMLElement>('.graphic');
  const sheet = open && graphic !== null && isSticky(graphic);
  // Read before the table opens: the graphic's height in the page, which the sheet keeps (a
  // negative margin takes back what the sheet adds), so the steps below it stay where they are.
  if (sheet) graphic.style.setProperty('--closed-h', `${graphic.offsetHeight}px`);
  button.setAttribute('aria-expanded', String(open));
  table?.toggleAttribute('data-collapsed', !open);
  button.textContent = (open ? button.dataset.hide : button.dataset.show) ?? button.textContent;
  if (sheet) {
    graphic.setAttribute(SHEET, '');
    const foot = button.closest('.chart-foot') ?? button;
    graphic.scrollTop += foot.getBoundingClientRect().top - graphic.getBoundingClientRect().top - 8;
  } else if (!open && graphic?.hasAttribute(SHEET)) {
    graphic.removeAttribute(SHEET);
    graphic.scrollTop = 0;
  }
}

/** Closes the table open in a graphic's sheet, if any (the story moved to another chart or step). */
export function closeDataSheet(graphic: HTMLElement): void {
  if (!graphic.hasAttribute(SHEET)) return;
  graphic.querySelectorAll<HTMLButtonElement>('.chart-table-toggle[aria-expanded="true"]').forEach((button) => setTableOpen(button, false));
}

export function startDataToggles(root: Document = document): void {
  root.querySelectorAll<HTMLButtonElement>('.chart-table-toggle').forEach((button) => {
    button.addEventListener('click', () => setTableOpen(button, button.getAttribute('aria-expanded') !== 'true'));
  });
  // On a phone the source line is cut to one line beside the toggle; tapping it opens the sheet,
  // where it is shown whole. (The link in it keeps its own action.)
  root.addEventListener('click', (e) => {
    const target = e.target as Element;
    const source = target.closest?.('.graphic:not([data-sheet]) .chart-source');
    if (!source || target.closest('a') || source.scrollWidth <= source.clientWidth) return;
    source.parentElement?.querySelector<HTMLButtonElement>('.chart-table-toggle')?.click();
  });
  // On a phone the sheet covers the steps: when the focus moves on past it (Tab from the table's
  // last link), the sheet closes rather than leave the focus on text hidden under it.
  root.addEventListener('focusout', (e) => {
    const sheet = (e.target as Element).closest?.<HTMLElement>(`[${SHEET}]`);
    const next = (e as FocusEvent).relatedTarget as Node | null;
    if (!sheet || !next || sheet.contains(next) || matchMedia(LAPTOP).matches) return;
    closeDataSheet(sheet);
  });
  // Escape closes a sheet, and the focus goes back to its toggle.
  root.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    const button = root.querySelector<HTMLButtonElement>(`[${SHEET}] .chart-table-toggle[aria-expanded="true"]`);
    if (!button) return;
    setTableOpen(button, false);
    button.focus();
  });
}
