/**
 * Browser-only, story pages: the sheet a chart's data table opens in the sticky graphic.
 *
 * The table's toggle itself is ChartFrame.astro's (inline, so pages without other scripts, like the
 * fact sheet, need no module). In the flow (without motion, in the deck's notes) the table simply
 * opens below the chart. In the story's sticky graphic it could not be read there: on a phone the
 * graphic is a window onto the top of the chart, and on a laptop a chart with its table is taller
 * than the screen and stays pinned. There the open table turns the graphic into a sheet that fills
 * the screen below the bar and scrolls by itself (Chapter.astro), scrolled to the source line and
 * the table; the page under it does not move, so the reader comes back to the same step.
 */

const SHEET = 'data-sheet';
const TOGGLE = '.chart-table-toggle';
/** Where the sticky graphic sits beside the steps, not over them (Chapter.astro). */
const LAPTOP = '(min-width: 64rem)';

function stickyGraphicOf(el: Element): HTMLElement | null {
  const graphic = el.closest<HTMLElement>('.graphic');
  return graphic && getComputedStyle(graphic).position === 'sticky' ? graphic : null;
}

function openToggleIn(sheet: Element): HTMLButtonElement | null {
  return sheet.querySelector<HTMLButtonElement>(`${TOGGLE}[aria-expanded="true"]`);
}

/** Closes the table open in a graphic's sheet, if any (the story moved to another chart or step). */
export function closeDataSheet(graphic: HTMLElement): void {
  if (graphic.hasAttribute(SHEET)) openToggleIn(graphic)?.click();
}

export function startDataSheets(root: Document = document): void {
  // Before the toggle's own click handler opens the table: the graphic's height in the page, which
  // the sheet keeps (a negative margin takes back what the sheet adds), so the steps below stay put.
  root.addEventListener(
    'click',
    (e) => {
      const button = (e.target as Element).closest?.<HTMLButtonElement>(TOGGLE);
      const graphic = button && stickyGraphicOf(button);
      if (graphic && button.getAttribute('aria-expanded') !== 'true') graphic.style.setProperty('--closed-h', `${graphic.offsetHeight}px`);
    },
    { capture: true },
  );
  // After it: open or close the sheet to match the table.
  root.addEventListener('click', (e) => {
    const target = e.target as Element;
    const button = target.closest?.<HTMLButtonElement>(TOGGLE);
    if (button) {
      const graphic = button.closest<HTMLElement>('.graphic');
      const open = button.getAttribute('aria-expanded') === 'true';
      if (open && graphic && stickyGraphicOf(button)) {
        graphic.setAttribute(SHEET, '');
        const foot = button.closest('.chart-foot') ?? button;
        const want = graphic.scrollTop + foot.getBoundingClientRect().top - graphic.getBoundingClientRect().top - graphic.clientTop;
        // On a phone, where the sheet fills the screen, a short chart and table cannot scroll that
        // far: room is added below them, so the sheet still opens at the source row rather than
        // partway down the drawing. (On a laptop the sheet is only as tall as what it holds.)
        const short = want - (graphic.scrollHeight - graphic.clientHeight);
        if (short > 0 && !matchMedia(LAPTOP).matches) graphic.style.paddingBottom = `${parseFloat(getComputedStyle(graphic).paddingBottom) + short}px`;
        graphic.scrollTop = want;
      } else if (!open && graphic?.hasAttribute(SHEET)) {
        graphic.removeAttribute(SHEET);
        graphic.style.removeProperty('padding-bottom');
        graphic.scrollTop = 0;
      }
      return;
    }
    // In the sticky graphic the source line is cut short (one line beside the toggle on a phone,
    // two on a laptop); a tap or click on it opens the sheet, where it is shown whole. (The link in
    // it keeps its own action.)
    const source = target.closest?.('.graphic:not([data-sheet]) .chart-source');
    const cut = source && (source.scrollWidth > source.clientWidth || source.scrollHeight > source.clientHeight);
    if (!source || target.closest('a') || !cut) return;
    source.parentElement?.querySelector<HTMLButtonElement>(TOGGLE)?.click();
  });
  // On a phone the sheet covers the steps: when the focus moves on past it (Tab from the table's
  // last link), the sheet closes rather than leave the focus on text hidden under it.
  root.addEventListener('focusout', (e) => {
    const sheet = (e.target as Element).closest?.<HTMLElement>(`[${SHEET}]`);
    const next = e.relatedTarget as Node | null;
    if (!sheet || !next || sheet.contains(next) || matchMedia(LAPTOP).matches) return;
    closeDataSheet(sheet);
  });
  // Escape closes a sheet, and the focus goes back to its toggle.
  root.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    const sheet = root.querySelector(`[${SHEET}]`);
    const button = sheet && openToggleIn(sheet);
    if (!button) return;
    button.click();
    button.focus();
  });
}
