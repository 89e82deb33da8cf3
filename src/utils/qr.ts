import QRCode from 'qrcode';

/** A QR code as one SVG path of dark modules, on a grid of `size` modules plus a quiet zone. */
export interface QrSvgModel {
  /** Side of the viewBox in modules, quiet zone included. */
  size: number;
  /** Path of the dark modules (one 1×1 square each, runs merged per row). */
  path: string;
}

/** Modules of white border the QR spec asks for around the code. */
export const QR_QUIET_ZONE = 4;

/**
 * Encodes `text` (a URL) as a QR code at build time. Error correction "M" survives a projector's
 * glare and a printed fold while keeping the grid coarse enough to scan from the back of a room.
 */
export function buildQrSvgModel(text: string): QrSvgModel {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const dark = (x: number, y: number) => qr.modules.get(y, x) === 1;
  const runs: string[] = [];
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      if (!dark(x, y)) continue;
      let w = 1;
      while (x + w < n && dark(x + w, y)) w++;
      runs.push(`M${x + QR_QUIET_ZONE} ${y + QR_QUIET_ZONE}h${w}v1h-${w}z`);
      x += w - 1;
    }
  }
  return { size: n + 2 * QR_QUIET_ZONE, path: runs.join('') };
}
