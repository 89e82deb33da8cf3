/**
 * Shrinks a box's text, in steps, until it fits the box in height and in width (a figure never
 * breaks across lines, so a long one can be wider than the box). It stops at `floor` times the
 * styled size, and never goes under `minPx`: smaller text would not be read, so past that point
 * the text overflows (the speaker notes' box then scrolls).
 */
export function shrinkToFit(box: HTMLElement, { floor = 0.5, minPx = 0 } = {}): void {
  box.style.fontSize = '';
  let size = Number.parseFloat(getComputedStyle(box).fontSize);
  const smallest = Math.min(size, Math.max(size * floor, minPx));
  const overflows = () => box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1;
  while (size > smallest && overflows()) {
    size = Math.max(smallest, size * 0.92);
    box.style.fontSize = `${size}px`;
  }
}
