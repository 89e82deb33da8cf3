import { expect, test, type Page } from '@playwright/test';
import { storyPages } from './helpers';

/**
 * On a slow link the web font arrives after the first paint. Until then the text is drawn in a
 * system font scaled to the web font for the page's language (src/integrations/fontFallbacks.ts),
 * so the swap should not re-wrap the text and move the page under the reader.
 *
 * Measured as the summed length of the lines of each chapter's heading, dek and first paragraphs
 * at 1440×900. Unscaled, the stand-in ran 4–6 % short in Vietnamese and English; scaled, within
 * about 1 %. Korean pages draw most of their text in the Korean fonts either way and are not
 * compared. Needs Arial, Liberation Sans or DejaVu Sans on the machine (see .ci/run).
 */

/** Summed width of the rendered lines of the page's opening text, in px. */
function openingTextLength(page: Page): Promise<number> {
  return page.evaluate(() => {
    const range = document.createRange();
    return [...document.querySelectorAll('main h1, main .dek, main .lead, main p')].slice(0, 12).reduce((total, el) => {
      range.selectNodeContents(el);
      return total + [...range.getClientRects()].reduce((sum, r) => sum + r.width, 0);
    }, 0);
  });
}

for (const locale of ['vi', 'en'] as const) {
  test(`${locale}: before the web font arrives, each chapter’s opening text is drawn at its final length, ±2 %`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, serviceWorkers: 'block', javaScriptEnabled: false });
    const held = await context.newPage();
    await held.route(/\.woff2$/, (route) => route.abort());
    const loaded = await context.newPage();
    const off: string[] = [];
    for (const { path } of storyPages(locale)) {
      await held.goto(path);
      const faces = await held.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/"/g, '')));
      expect(faces, `${path}: the web font was held back`).not.toContain('Be Vietnam Pro');
      expect(
        faces.some((name) => name.startsWith(`Be Vietnam Pro ${locale} `)),
        `${path}: no stand-in font drew the text; install Arial, Liberation Sans (fonts-liberation) or DejaVu Sans (fonts-dejavu-core)`,
      ).toBe(true);
      const before = await openingTextLength(held);
      await loaded.goto(path);
      await loaded.evaluate(() => document.fonts.ready);
      const after = await openingTextLength(loaded);
      const ratio = before / after;
      if (Math.abs(ratio - 1) > 0.02) off.push(`${path}: ${(100 * (ratio - 1)).toFixed(1)} %`);
    }
    await context.close();
    expect(off).toEqual([]);
  });
}
