import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { getSubsetsFor, loadFontsFor } from '../../src/share/fonts';
import { buildQrSvgModel } from '../../src/utils/qr';

/** Rasterises the QR model's path (axis-aligned rectangles) into RGBA pixels, `scale` px per module. */
function rasterise(model: ReturnType<typeof buildQrSvgModel>, scale = 4) {
  const side = model.size * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (const m of model.path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    const [x, y, w] = [Number(m[1]), Number(m[2]), Number(m[3])];
    for (let py = y * scale; py < (y + 1) * scale; py++)
      for (let px = x * scale; px < (x + w) * scale; px++) pixels.fill(0, (py * side + px) * 4, (py * side + px) * 4 + 3);
  }
  return { pixels, side };
}

describe('QR code', () => {
  it('encodes the URL it is given', () => {
    const url = 'https://thai-nguyen-data-hub.example/pitch/ko/';
    const { pixels, side } = rasterise(buildQrSvgModel(url));
    expect(jsQR(pixels, side, side)?.data).toBe(url);
  });
});

describe('share-card fonts', () => {
  it('loads only the subsets the text needs, Hangul from the Korean family', () => {
    const unicode = { latin: 'U+0000-00FF', vietnamese: 'U+1EA0-1EF9', '[5]': 'U+AC00-AC10' };
    expect(getSubsetsFor('Thái', unicode)).toEqual(['latin']);
    expect(getSubsetsFor('Nguyễn 가', unicode)).toEqual(['latin', 'vietnamese', '5']);
    const names = loadFontsFor('타이응우옌 Thái Nguyên: dữ liệu').map((f) => f.name);
    expect(names.some((n) => n.startsWith('Be Vietnam Pro vietnamese'))).toBe(true);
    expect(names.some((n) => n.startsWith('Noto Sans KR'))).toBe(true);
    expect(loadFontsFor('Thái Nguyên').some((f) => f.name.startsWith('Noto Sans KR'))).toBe(false);
  });
});
