/**
 * A copy of a chart's slot, for a chart the story returns to when the charts stand beside their
 * steps (reduced motion on a laptop, chartsBesideSteps.ts). It is the chart as built, whole: under
 * reduced motion the story's charts ignore states. It has no data table or toggle (the chart's own
 * slot, higher up, has them), and its ids are its own, so the page's stay unique and its title,
 * description and patterns still resolve within it.
 */

/** Attributes that hold a list of ids. */
const ID_LISTS = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for'];

/** Gives every id inside `root` the suffix, and points the references inside `root` at the new ids. */
export function renameIds(root: Element, suffix: string): void {
  const renamed = new Map<string, string>();
  for (const el of [root, ...root.querySelectorAll('[id]')]) {
    if (!el.id) continue;
    renamed.set(el.id, `${el.id}${suffix}`);
    el.id = `${el.id}${suffix}`;
  }
  const rename = (id: string) => renamed.get(id) ?? id;
  for (const el of [root, ...root.querySelectorAll('*')])
    for (const attr of [...el.attributes]) {
      const value = ID_LISTS.includes(attr.name)
        ? attr.value.split(/\s+/).map(rename).join(' ')
        : attr.value.replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${rename(id)})`).replace(/^#(.+)$/, (_, id: string) => `#${rename(id)}`);
      if (value !== attr.value) el.setAttribute(attr.name, value);
    }
}

/** A copy of `slot` for the `run`th run of steps, marked `data-repeat` with the run's index. */
export function repeatSlot(slot: HTMLElement, run: number): HTMLElement {
  const copy = slot.cloneNode(true) as HTMLElement;
  copy.dataset.repeat = String(run);
  copy.removeAttribute('data-active');
  copy.querySelectorAll('.chart-table, .chart-table-toggle').forEach((el) => el.remove());
  renameIds(copy, `-again-${run}`);
  return copy;
}
