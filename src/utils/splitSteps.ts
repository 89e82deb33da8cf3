/**
 * Splits a chapter's rendered steps after the first one, so the chapter can place its graphic
 * between them (Chapter.astro). A step is the `<section … data-step=…>` that Step.astro renders.
 *
 * `first` holds everything before the second step (the first step and any whitespace around it);
 * `rest` holds the second step onwards, or is empty when the chapter has a single step.
 */
export interface SplitSteps {
  first: string;
  rest: string;
}

const STEP_START = /<section\b[^>]*\sdata-step=/g;

export function splitAfterFirstStep(html: string, label: string, expectedSteps?: number): SplitSteps {
  const starts = [...html.matchAll(STEP_START)].map((m) => m.index);
  if (starts.length === 0) throw new Error(`${label}: the chapter's body renders no <Step>, so its graphic has nothing to sit beside`);
  // The charts' rows among the steps (src/utils/flowRows.ts) are counted from the <Step> tags in
  // the source: a step rendered conditionally, or a <Step> inside another, would put them off.
  if (expectedSteps !== undefined && starts.length !== expectedSteps)
    throw new Error(`${label}: the body renders ${starts.length} steps but its source has ${expectedSteps} <Step> tags; each step must be a <Step> at the top level of the chapter`);
  const second = starts[1];
  return second === undefined ? { first: html, rest: '' } : { first: html.slice(0, second), rest: html.slice(second) };
}
