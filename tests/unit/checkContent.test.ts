import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../../src/content/checkContent';
import { chartStates } from '../../src/charts/registry';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const rules = { locales: ['vi', 'en', 'ko'], figureIds: new Set(['mou-capacity']), chartStates };
const check = (name: string) => checkContent(`${fixtures}${name}`, rules, name);

describe('checkContent (build-time content guard)', () => {
  it('accepts consistent chapters', () => {
    expect(check('content-ok')).toEqual([]);
  });

  it('names the file when a chapter is missing in one locale', () => {
    expect(check('content-missing')).toEqual([
      'content-missing/ko/02-why-now.mdx: chapter missing in locale "ko" (present in vi, en)',
    ]);
  });

  it('names the file and the field for an unknown figure id', () => {
    const problems = check('content-unknown-figure');
    expect(problems).toContain(
      'content-unknown-figure/en/01-opening.mdx: <Figure id="no-such-figure"> → field "id": unknown figure id (not in src/data/figures.ts or derived.ts)',
    );
  });

  it('names the file, the step and the field when a step has no <Lead>', () => {
    expect(check('content-no-lead')).toEqual([
      'content-no-lead/en/01-opening.mdx: <Step id="opening-a"> → field "Lead": 0 <Lead>s; a step needs exactly one, the line its slide shows',
    ]);
  });
});
