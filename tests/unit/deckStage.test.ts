import { describe, expect, it } from 'vitest';
import { getStageFit } from '../../src/deck/slideStage';
import { formatElapsed } from '../../src/deck/speakerPanel';

describe('getStageFit', () => {
  it('fills a 16:9 screen exactly', () => {
    expect(getStageFit(1920, 1080)).toEqual({ scale: 1, x: 0, y: 0 });
    expect(getStageFit(3840, 2160)).toEqual({ scale: 2, x: 0, y: 0 });
    expect(getStageFit(1280, 720).scale).toBeCloseTo(2 / 3);
  });

  it('letterboxes a 4:3 projector with bars above and below', () => {
    const fit = getStageFit(1024, 768);
    expect(fit.scale).toBeCloseTo(1024 / 1920);
    expect(fit.x).toBe(0);
    expect(fit.y).toBeCloseTo((768 - 576) / 2);
  });

  it('pillarboxes a wide window with bars left and right', () => {
    const fit = getStageFit(2560, 1080);
    expect(fit.scale).toBe(1);
    expect(fit.x).toBe(320);
    expect(fit.y).toBe(0);
  });
});

describe('formatElapsed', () => {
  it('reads like a presenter clock', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65_000)).toBe('1:05');
    expect(formatElapsed(12 * 60_000 + 9_999)).toBe('12:09');
    expect(formatElapsed(3_600_000 + 2 * 60_000 + 3_000)).toBe('1:02:03');
    expect(formatElapsed(-5)).toBe('0:00');
  });
});
