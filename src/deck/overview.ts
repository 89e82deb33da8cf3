/**
 * The overview grid in the browser: one button per slide (number, chapter, key line), made from
 * the slides on the stage. Arrow keys move between buttons in reading order and by rows; Enter or
 * a click picks the slide.
 */
import type { SlideInfo } from './slideStage';

function slideText(s: SlideInfo): string {
  const text = s.kind === 'step' ? s.el.querySelector('.lead')?.textContent : s.el.querySelector('.slide-heading')?.textContent;
  return text?.replace(/\s+/g, ' ').trim() || s.short;
}

function span(className: string, text: string): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = className;
  el.textContent = text;
  return el;
}

/**
 * Fills the overview list; returns helpers to mark and focus the current slide. `onPage` takes a
 * clicker's Page Down / Page Up (+1 / -1): with a clicker alone, the presenter could not leave a grid
 * opened by mistake (its Esc-like button opens it), so these go on from the current slide.
 */
export function buildOverview(list: HTMLElement, slides: SlideInfo[], onPick: (index: number) => void, onPage: (direction: 1 | -1) => void) {
  const buttons = slides.map((s, i) => {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.append(span('overview-number', String(i + 1)));
    if (s.kind !== 'cover' && s.short) button.append(span('overview-chapter', s.short));
    button.append(span('overview-text', slideText(s)));
    button.addEventListener('click', () => onPick(i));
    item.append(button);
    list.append(item);
    return button;
  });

  const columns = () => {
    const top = buttons[0]?.offsetTop ?? 0;
    return Math.max(1, buttons.filter((b) => b.offsetTop === top).length);
  };

  list.addEventListener('keydown', (e) => {
    const from = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (from < 0) return;
    if (e.key === 'PageDown' || e.key === 'PageUp') {
      e.preventDefault();
      onPage(e.key === 'PageDown' ? 1 : -1);
      return;
    }
    const moves: Record<string, number> = {
      ArrowRight: from + 1,
      ArrowLeft: from - 1,
      ArrowDown: from + columns(),
      ArrowUp: from - columns(),
      Home: 0,
      End: buttons.length - 1,
    };
    const to = moves[e.key];
    if (to === undefined) return;
    // Handled here, so the deck's own key handler leaves it alone.
    e.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, to))]?.focus();
  });

  return {
    /** Marks the current slide's button. */
    mark(index: number) {
      buttons.forEach((b, i) => b.setAttribute('aria-current', String(i === index)));
    },
    /** Moves focus to a slide's button. */
    focus(index: number) {
      const b = buttons[index];
      b?.focus();
      b?.scrollIntoView({ block: 'nearest' });
    },
  };
}
