import type { Figure } from './types';

/**
 * A figure's number, for the code that computes or draws with it. Ranges are the exception: a ratio
 * or a bar needs one value, and which end of a range stands for it is the caller's decision.
 */

/** The value of a single-valued figure; a range stops the build, naming the figure and its user. */
export function getSingleValue(fig: Figure, usedBy: string): number {
  if ('value' in fig) return fig.value;
  throw new Error(`${usedBy}: figure "${fig.id}" is a range (${fig.min}–${fig.max}); it needs a single value`);
}

/** The value of a single-valued figure, or one end of a range's. */
export function getValueOrEnd(fig: Figure, end: 'min' | 'max'): number {
  return 'value' in fig ? fig.value : fig[end];
}
