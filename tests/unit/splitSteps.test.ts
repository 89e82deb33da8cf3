import { describe, expect, it } from 'vitest';
import { splitAfterFirstStep } from '../../src/utils/splitSteps';

const step = (id: string) => `<section class="step" id="${id}" data-step="${id}"><p>${id}</p></section>`;

describe('splitAfterFirstStep', () => {
  it('puts the first step in one part and the second onwards in the other, losing nothing', () => {
    const html = `\n${step('a')}\n${step('b')}\n${step('c')}\n`;
    const { first, rest } = splitAfterFirstStep(html, 'content/en/01.mdx');
    expect(first).toBe(`\n${step('a')}\n`);
    expect(rest).toBe(`${step('b')}\n${step('c')}\n`);
    expect(first + rest).toBe(html);
  });

  it('leaves the rest empty for a chapter of one step', () => {
    expect(splitAfterFirstStep(step('a'), 'x')).toEqual({ first: step('a'), rest: '' });
  });

  it('splits at a step, not at another section inside the first one', () => {
    const html = `<section class="step" data-step="a"><section class="what-if">…</section></section>${step('b')}`;
    expect(splitAfterFirstStep(html, 'x').rest).toBe(step('b'));
  });

  it('fails naming the chapter when it renders no step', () => {
    expect(() => splitAfterFirstStep('<p>no steps</p>', 'content/en/02-why-now.mdx')).toThrow(/content\/en\/02-why-now\.mdx: the chapter's body renders no <Step>/);
  });
});

describe('splitAfterFirstStep with the source’s count of steps', () => {
  it('fails naming the chapter when the body renders a different number of steps than its <Step> tags', () => {
    const html = `${step('a')}${step('b')}`;
    expect(() => splitAfterFirstStep(html, 'content/en/03-hanoi.mdx', 3)).toThrow(/content\/en\/03-hanoi\.mdx: the body renders 2 steps but its source has 3 <Step> tags/);
    expect(splitAfterFirstStep(html, 'x', 2).rest).toBe(step('b'));
  });
});
