import { describe, expect, it } from 'vitest';
import { getDeckCommand, getHelpRows, keyMap } from '../../src/deck/keyMap';

const command = (key: string, mods: { shiftKey?: boolean; ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean } = {}) =>
  getDeckCommand({ key, ...mods })?.type;

describe('deck key map', () => {
  it('moves forward with every forward key a keyboard or clicker sends', () => {
    for (const key of ['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'n', 'N']) expect(command(key), key).toBe('next');
    expect(command('Enter')).toBe('enter');
  });

  it('moves back with every backward key', () => {
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p', 'P']) expect(command(key), key).toBe('previous');
    expect(command(' ', { shiftKey: true })).toBe('previous');
  });

  it('maps the remaining bindings', () => {
    expect(command('Home')).toBe('first');
    expect(command('End')).toBe('last');
    expect(getDeckCommand({ key: '7' })).toEqual({ type: 'digit', digit: '7' });
    expect(command('f')).toBe('fullscreen');
    expect(command('F5')).toBe('fullscreen');
    expect(command('o')).toBe('toggleOverview');
    expect(command('Escape')).toBe('escape');
    expect(command('b')).toBe('toggleBlackout');
    expect(command('.')).toBe('toggleBlackout');
    expect(command('?', { shiftKey: true })).toBe('toggleHelp');
    expect(command('s')).toBe('speaker');
  });

  it('leaves browser shortcuts and unknown keys alone', () => {
    expect(command('r', { ctrlKey: true })).toBeUndefined();
    expect(command('f', { metaKey: true })).toBeUndefined();
    expect(command('ArrowLeft', { altKey: true })).toBeUndefined();
    expect(command('x')).toBeUndefined();
    expect(command('Tab')).toBeUndefined();
  });

  it('binds each key once', () => {
    const keys = keyMap.map((b) => b.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('lists every binding in the help rows', () => {
    const rows = getHelpRows();
    expect(rows.map((r) => r.row)).toEqual(['next', 'previous', 'first', 'last', 'goto', 'fullscreen', 'overview', 'blackout', 'help', 'speaker']);
    expect(rows.find((r) => r.row === 'next')?.keys).toEqual(['→', '↓', 'Space', 'Page Down', 'Enter', 'N']);
    expect(rows.find((r) => r.row === 'goto')?.keys).toEqual(['0–9', 'Enter']);
    expect(rows.find((r) => r.row === 'overview')?.keys).toEqual(['O', 'Esc']);
  });
});
