import { describe, expect, it } from 'vitest';
import { getStageFit } from '../../src/deck/slideStage';
import { clearOfText } from '../../src/charts/shared/drawingBands';
import { chooseStageWindow } from '../../src/deck/stageWindow';
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

describe('chooseStageWindow', () => {
  // The timeline's drawing (540 × 618 units) in the box a slide gives it (899 × 679 px): whole, it
  // is scaled by its height to 1.10 px per unit; at the box's full width it would be 1.66.
  const drawing = { width: 540, height: 618 };
  const box = { width: 899, height: 679 };
  const fit = (679 * 540) / 899; // units of height the box holds at full width (≈ 408)

  it('shows a tall drawing’s band at the box’s full width, from the band’s top', () => {
    expect(chooseStageWindow(drawing, box, { top: 166, bottom: 210 }, [0, 166, 213])).toEqual({ top: 166, height: Math.round(fit * 10) / 10 });
  });

  it('ends the window where a later band starts, in its second half, rather than through a row', () => {
    expect(chooseStageWindow(drawing, box, { top: 166, bottom: 210 }, [0, 166, 213, 359, 500, 585])).toEqual({ top: 166, height: 500 - 166 });
    // A band edge early in the window is not used: the window would lose too much.
    expect(chooseStageWindow(drawing, box, { top: 166, bottom: 210 }, [0, 166, 213, 300, 600])?.height).toBeCloseTo(fit, 0);
  });

  it('near the drawing’s end, opens higher only at another band’s top, and ends with the drawing', () => {
    // The last row alone (585–614): the window opens at the earliest band top that still fits (213), not mid-row at 618 − 408.
    const shown = chooseStageWindow(drawing, box, { top: 585, bottom: 614 }, [0, 166, 213, 359, 397, 585]);
    expect(shown).toEqual({ top: 213, height: 405 });
    // No other top in reach: the band's own top, and a window shorter than the box.
    expect(chooseStageWindow(drawing, box, { top: 585, bottom: 614 }, [0])).toEqual({ top: 585, height: 33 });
  });

  it('keeps a band taller than the box whole, scaled to fit it', () => {
    expect(chooseStageWindow(drawing, box, { top: 100, bottom: 550 }, [])).toEqual({ top: 100, height: 450 });
  });

  it('shows the whole drawing where a window would not make it markedly larger, or the state names no band', () => {
    // The investment chart (540 × 435): at full width 1.06 × larger than whole.
    expect(chooseStageWindow({ width: 540, height: 435 }, box, { top: 299, bottom: 435 }, [0, 299])).toBeNull();
    // A band that is the whole drawing ("all").
    expect(chooseStageWindow(drawing, box, { top: 0, bottom: 618 }, [0])).toBeNull();
    expect(chooseStageWindow(drawing, box, null, [0])).toBeNull();
    // A drawing that fits the box at full width already.
    expect(chooseStageWindow({ width: 640, height: 182 }, box, { top: 0, bottom: 100 }, [0])).toBeNull();
  });
});

describe('clearOfText', () => {
  const lines = [
    { top: 195, bottom: 212 }, // the row above the window, whose descenders reach past its top
    { top: 217, bottom: 231 },
    { top: 600, bottom: 614 }, // the row the window's foot would halve
  ];
  it('opens a window below a line its top edge would cut, and closes it above one its foot would', () => {
    expect(clearOfText({ top: 210, height: 398 }, lines, 618)).toEqual({ top: 212, height: 600 - 212 });
  });
  it('leaves edges that fall between lines, and the drawing’s own edges, where they are', () => {
    expect(clearOfText({ top: 214, height: 300 }, lines, 618)).toEqual({ top: 214, height: 300 });
    // A heading whose ascenders reach above the drawing's top is not cut there.
    expect(clearOfText({ top: 0, height: 300 }, [{ top: -3, bottom: 12 }], 618)).toEqual({ top: 0, height: 300 });
  });
});
