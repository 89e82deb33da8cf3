import AxeBuilder from '@axe-core/playwright';
import { Resvg } from '@resvg/resvg-js';
import { expect, test } from '@playwright/test';
import { csvParse } from 'd3';
import jsQR from 'jsqr';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { localeCodes, openEnhanced, watchErrors } from './helpers';

/** A4 in PDF points. */
const A4 = { width: 595.28, height: 841.89 };

/** The canonical URL of the locale's story: where share cards, QR codes and the sitemap must point. */
async function storyUrl(page: import('@playwright/test').Page, locale: string): Promise<string> {
  await page.goto(`${locale}/`);
  return (await page.locator('link[rel=canonical]').getAttribute('href'))!;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

for (const locale of localeCodes) {
  test.describe(`investor kit (${locale})`, () => {
    test('the fact sheet prints to exactly two A4 pages with nothing cut', async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(`${locale}/factsheet/`);
      await page.evaluate(() => document.fonts.ready);
      const pdf = await PDFDocument.load(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      expect(pdf.getPageCount()).toBe(2);
      for (const p of pdf.getPages()) {
        expect(p.getWidth()).toBeCloseTo(A4.width, 0);
        expect(p.getHeight()).toBeCloseTo(A4.height, 0);
      }
      // In print layout, every sheet and chart box holds its content: nothing overflows or is clipped.
      await page.emulateMedia({ media: 'print' });
      const clipped = await page.evaluate(() => {
        const out: string[] = [];
        for (const box of document.querySelectorAll<HTMLElement>('.page, .fs-chart')) {
          if (box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1) out.push(`${box.className} overflows`);
          const outer = box.getBoundingClientRect();
          for (const el of box.querySelectorAll<HTMLElement>('h1, h2, p, li, figcaption, svg')) {
            const r = el.getBoundingClientRect();
            if (r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
            // Hidden data tables and SVGs nested in a chart (clipped by their parent SVG) do not print.
            if (el.closest('.chart-table, .chart-table-toggle') || el.parentElement?.closest('svg')) continue;
            if (r.bottom > outer.bottom + 1 || r.right > outer.right + 1 || r.top < outer.top - 1 || r.left < outer.left - 1)
              out.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}" outside ${box.className}`);
          }
        }
        return out;
      });
      expect(clipped).toEqual([]);
      await expect(page.locator('[data-page]')).toHaveCount(2);
      await expect(page.locator('[data-page="1"] .chart-slot[data-chart=map]')).toHaveCount(1);
      expect(await page.locator('[data-page="2"] .chart-slot').count()).toBeGreaterThanOrEqual(2);
      expect(errors).toEqual([]);
    });

    test('the fact sheet’s printed chart text is large enough to read on paper', async ({ page }) => {
      // The printable width of A4 with the sheet's 10 mm margins, at 96 CSS px to the inch.
      await page.setViewportSize({ width: Math.round((190 / 25.4) * 96), height: Math.round((277 / 25.4) * 96) });
      await page.goto(`${locale}/factsheet/`);
      await page.evaluate(() => document.fonts.ready);
      await page.emulateMedia({ media: 'print' });
      const smallest = await page.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll<HTMLElement>('.fs-chart')].map((box) => {
            const svg = [...box.querySelectorAll<SVGSVGElement>('svg.chart-svg')].find((s) => s.getBoundingClientRect().width > 0)!;
            const scale = svg.getScreenCTM()!.a;
            const sizes = [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
            return [box.dataset.fsChart ?? 'map', Math.round(Math.min(...sizes) * 10) / 10];
          }),
        ),
      );
      // 8 px is 6 pt. The key charts print their phone drawings, three abreast, for this (their wide
      // drawings came out at 5.3–7.9 px), and the map takes two thirds of page 1's width beside the
      // province's commitments (full width, it was scaled to the height left: 6.1 px in Vietnamese).
      for (const [chart, px] of Object.entries(smallest)) expect(px, `${chart}: smallest text ${px} px`).toBeGreaterThanOrEqual(8);
      expect(Object.keys(smallest)).toEqual(['map', 'capacity', 'investment', 'comparison']);
    });

    test('the fact sheet QR code decodes to the site in this language', async ({ page }) => {
      const expected = await storyUrl(page, locale);
      await page.goto(`${locale}/factsheet/`);
      const svg = await page.locator('svg.qr-code').evaluate((el) => new XMLSerializer().serializeToString(el));
      const rendered = new Resvg(svg, { fitTo: { mode: 'width', value: 400 } }).render();
      const decoded = jsQR(new Uint8ClampedArray(rendered.pixels), rendered.width, rendered.height);
      expect(decoded?.data).toBe(expected);
      expect(expected).toMatch(new RegExp(`/${locale}/$`));
    });

    test('the deck’s last slide carries a QR code to the site in this language', async ({ page }) => {
      const expected = await storyUrl(page, locale);
      await page.setViewportSize({ width: 1920, height: 1080 });
      await openEnhanced(page, `${locale}/present/`);
      await page.keyboard.press('End');
      const qr = page.locator('[data-kind=closing] svg.qr-code');
      await expect(qr).toBeVisible();
      const svg = await qr.evaluate((el) => new XMLSerializer().serializeToString(el));
      const rendered = new Resvg(svg, { fitTo: { mode: 'width', value: 400 } }).render();
      expect(jsQR(new Uint8ClampedArray(rendered.pixels), rendered.width, rendered.height)?.data).toBe(expected);
    });

    test('the share image is a 1200×630 PNG and the meta tags point at it', async ({ page, request }) => {
      const story = await storyUrl(page, locale);
      for (const path of [`${locale}/`, `${locale}/factsheet/`]) {
        await page.goto(path);
        const meta = (p: string) => page.locator(`meta[property="${p}"], meta[name="${p}"]`).first().getAttribute('content');
        const image = (await meta('og:image'))!;
        expect(new URL(image).pathname).toBe(new URL(`../og/${locale}.png`, story).pathname);
        expect(await meta('twitter:image')).toBe(image);
        expect(await meta('twitter:card')).toBe('summary_large_image');
        expect([await meta('og:image:width'), await meta('og:image:height')]).toEqual(['1200', '630']);
        expect(await meta('og:title')).toBe(await page.title());
        expect(await meta('og:locale')).toMatch(new RegExp(`^${locale}_`));
        expect(await page.locator('meta[property="og:locale:alternate"]').count()).toBe(localeCodes.length - 1);
        const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
        const webPage = ld['@graph'].find((n: { '@type': string }) => n['@type'] === 'WebPage');
        expect(webPage.url).toBe(await page.locator('link[rel=canonical]').getAttribute('href'));
        expect(webPage.inLanguage).toBe(locale);
        // The image is served from this site: fetch it by its path.
        const png = await request.get(new URL(image).pathname);
        expect(png.status()).toBe(200);
        expect(pngSize(await png.body())).toEqual({ width: 1200, height: 630 });
      }
    });

    test('the fact sheet has no CSP violations, no axe violations, and the story links to it', async ({ page }) => {
      const violations: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
      });
      await page.goto(`${locale}/`);
      await page.locator('a[data-factsheet-link]').click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/factsheet/$`));
      await page.waitForLoadState('networkidle');
      // The charts are checked by their own tests; this checks what the fact sheet adds around them.
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .exclude('.chart-slot')
        .analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
      expect(violations).toEqual([]);
    });
  });
}

test('figures.csv parses and matches figures.json row for row', async ({ request }) => {
  const csvBytes = await (await request.get('data/figures.csv')).body();
  expect(csvBytes.subarray(0, 3).toString('hex')).toBe('efbbbf');
  const csvText = csvBytes.toString('utf8').slice(1);
  expect(csvText.endsWith('\r\n')).toBe(true);
  const rows = csvParse(csvText);
  const { figures } = (await (await request.get('data/figures.json')).json()) as {
    figures: { id: string; value: number | null; min: number | null; max: number | null; unit: string; asOf: string; kind: string; sources: { id: string; publisher: string; url: string | null }[] }[];
  };
  expect(figures.length).toBeGreaterThan(100);
  expect(rows.length).toBe(figures.length);
  rows.forEach((row, i) => {
    const f = figures[i]!;
    expect(row.id).toBe(f.id);
    expect(row.value === '' ? null : Number(row.value)).toBe(f.value);
    expect(row.min === '' ? null : Number(row.min)).toBe(f.min);
    expect(row.max === '' ? null : Number(row.max)).toBe(f.max);
    expect([row.unit, row.as_of, row.kind]).toEqual([f.unit, f.asOf, f.kind]);
    expect(row.source_publishers).toBe(f.sources.map((s) => s.publisher).join(' | '));
  });
  expect(figures.some((f) => f.kind === 'derived')).toBe(true);
});

/** Every built HTML page as its URL path under the base, except the root chooser and the 404 page. */
function builtPagePaths(dist: string, base: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'index.html') found.push(relative(dist, dir).split(sep).join('/'));
    }
  };
  walk(dist);
  return found.filter((p) => p !== '' && p !== '404').map((p) => `${base}${p}/`);
}

test('the sitemap lists every page in every language with alternates, and robots.txt points at it', async ({ request, baseURL }) => {
  const base = new URL(baseURL!).pathname;
  const robots = await (await request.get('robots.txt')).text();
  const sitemapUrl = robots.match(/^Sitemap: (\S+)$/m)?.[1];
  expect(sitemapUrl).toBeDefined();
  expect(new URL(sitemapUrl!).pathname).toBe(`${base}sitemap-index.xml`);
  const index = await (await request.get('sitemap-index.xml')).text();
  const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const urls = new Map<string, string[]>();
  for (const part of parts) {
    const xml = await (await request.get(part)).text();
    for (const [, body] of xml.matchAll(/<url>([\s\S]*?)<\/url>/g)) {
      const loc = new URL(body!.match(/<loc>([^<]+)<\/loc>/)![1]!).pathname;
      urls.set(loc, [...body!.matchAll(/hreflang="([^"]+)"/g)].map((m) => m[1]!));
    }
  }
  const pages = builtPagePaths('dist', base);
  expect(pages.length).toBeGreaterThanOrEqual(localeCodes.length * 2);
  expect([...urls.keys()].sort()).toEqual(pages.sort());
  for (const [loc, langs] of urls) {
    if (!localeCodes.some((l) => loc.startsWith(`${base}${l}/`))) continue;
    expect(langs.sort(), loc).toEqual([...localeCodes, 'x-default'].sort());
  }
});
