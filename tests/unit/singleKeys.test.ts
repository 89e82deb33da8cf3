import { describe, expect, it } from 'vitest';
import { isCharacterKey } from '../../src/client/singleKeys';

describe('single-key shortcuts', () => {
  it('counts letters, digits and punctuation as character keys, and not Space or named keys', () => {
    for (const key of ['j', 'K', '5', '.', '?']) expect(isCharacterKey(key), key).toBe(true);
    for (const key of [' ', 'ArrowRight', 'PageDown', 'Home', 'Escape', 'Enter', 'F5', 'Backspace']) expect(isCharacterKey(key), key).toBe(false);
  });
});
