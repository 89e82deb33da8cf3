import { describe, expect, it } from 'vitest';
import { getStableId } from '../../src/utils/stableId';

describe('getStableId', () => {
  it('gives the same id for the same content in every build', () => {
    expect(getStableId({}, 'chart-map', { view: 'north' })).toBe(getStableId({}, 'chart-map', { view: 'north' }));
    expect(getStableId({}, 'chart-map', { view: 'north' })).toMatch(/^chart-map-[0-9a-f]{8}$/);
  });

  it('tells different content apart', () => {
    expect(getStableId({}, 'sc', [1])).not.toBe(getStableId({}, 'sc', [2]));
  });

  it('counts repeats within one page only', () => {
    const page = {};
    const first = getStableId(page, 'sc', 'same');
    expect(getStableId(page, 'sc', 'same')).toBe(`${first}-2`);
    expect(getStableId(page, 'sc', 'same')).toBe(`${first}-3`);
    expect(getStableId({}, 'sc', 'same')).toBe(first);
  });
});
