import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { localeCodes, openEnhanced, partLooks, watchErrors } from './helpers';

const form = '.whatif';
const input = (name: string) => `${form} input[name="${name}"]`;
const out = (name: string) => `${form} [data-out="${name}"]`;

test('changing an input updates the result and the URL', async ({ page }) => {
  const errors = watchErrors(page);
  await openEnhanced(page, 'en/investment/#investment-power');
  await expect(page.locator(out('cost'))).toHaveText('USD 30.2 million');
  await page.locator(input('load')).fill('40');
  // 40 MW × 1.5 × 8,760 h × 11.5 US¢/kWh = USD 60.4 M.
  await expect(page.locator(out('cost'))).toHaveText('USD 60.4 million');
  await expect(page.locator(out('energy'))).toHaveText('525.6 GWh');
  await expect(page).toHaveURL(/[?&]load=40(&|$)/);
  await expect(page).toHaveURL(/[?&]pue=1\.5(&|$)/);
  // Keyboard: ArrowDown steps the PUE by its step.
  await page.locator(input('pue')).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/[?&]pue=1\.49(&|$)/);
  expect(errors).toEqual([]);
});

test('in Vietnamese the fields write and read the comma decimal the page itself uses, whatever the browser’s language', async ({ page }) => {
  const errors = watchErrors(page);
  await openEnhanced(page, 'vi/investment/#investment-power');
  await expect(page.locator(input('pue'))).toHaveValue('1,5');
  await expect(page.locator(input('tariff'))).toHaveValue('11,5');
  await page.locator(input('pue')).fill('');
  await page.locator(input('pue')).pressSequentially('1,4');
  await expect(page.locator(`${form} [data-error="pue"]`)).toBeEmpty();
  await expect(page).toHaveURL(/[?&]pue=1\.4(&|$)/);
  // 20 MW × 1.4 × 8,760 h × 11.5 US¢/kWh = USD 28.2 million.
  await expect(page.locator(out('cost'))).toHaveText(/28,2/);
  await page.keyboard.press('ArrowUp');
  await expect(page.locator(input('pue'))).toHaveValue('1,41');
  await expect(page).toHaveURL(/[?&]pue=1\.41(&|$)/);
  // The arrow keys step it, so it is announced as a spin button, with its value and bounds, and its text as shown.
  const pue = page.getByRole('spinbutton', { name: 'PUE' });
  await expect(pue).toHaveAttribute('aria-valuenow', '1.41');
  await expect(pue).toHaveAttribute('aria-valuetext', '1,41');
  await expect(pue).toHaveAttribute('aria-valuemin', '1');
  await expect(pue).toHaveAttribute('aria-valuemax', '3');
  await expect(page.getByRole('spinbutton')).toHaveCount(3);
  await pue.fill('9');
  await expect(pue).not.toHaveAttribute('aria-valuenow');
  // A scenario from the URL is shown the same way.
  await openEnhanced(page, 'vi/investment/?load=10&pue=1.3&tariff=9.5#investment-power');
  await expect(page.locator(input('tariff'))).toHaveValue('9,5');
  expect(errors).toEqual([]);
});

test('at the reference scenario the page keeps its built results and formats nothing until the first edit', async ({ page }) => {
  // The first Intl.NumberFormat of a page sets up the locale's number data: a long task on a slow
  // phone, and the built page already shows the reference scenario's results.
  await page.addInitScript(() => {
    const Native = Intl.NumberFormat;
    const w = window as unknown as { formatters: number };
    w.formatters = 0;
    Intl.NumberFormat = new Proxy(Native, {
      construct(target, args) {
        w.formatters += 1;
        return Reflect.construct(target, args);
      },
    });
  });
  const formatters = () => page.evaluate(() => (window as unknown as { formatters: number }).formatters);
  await openEnhanced(page, 'ko/investment/#investment-power');
  await expect(page.locator(out('cost'))).toHaveText('3,020만 달러');
  await expect(page.locator(out('saving'))).toHaveText('PUE를 0.1포인트 낮출 때마다 연간 201만 달러씩 절감됩니다.');
  expect(await formatters()).toBe(0);
  await page.locator(input('load')).fill('40');
  await expect(page.locator(out('cost'))).toHaveText('6,040만 달러');
  expect(await formatters()).toBeGreaterThan(0);
});

test('a value typed before the script starts is kept and computed, not replaced', async ({ page }) => {
  // Hold the what-if's script until the reader has typed: it starts only after the first paint.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/client\.[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('en/investment/?load=10#investment-power');
  await page.locator(input('load')).fill('40');
  release();
  await page.locator('html[data-enhanced]').waitFor({ state: 'attached' });
  await expect(page.locator(input('load'))).toHaveValue('40');
  await expect(page.locator(out('cost'))).toHaveText('USD 60.4 million');
  await expect(page).toHaveURL(/[?&]load=40(&|$)/);
});

test('a URL with a scenario restores it, in the locale’s number format', async ({ page }) => {
  await openEnhanced(page, 'vi/investment/?load=10&pue=1.3&tariff=9#investment-power');
  await expect(page.locator(input('load'))).toHaveValue('10');
  await expect(page.locator(input('pue'))).toHaveValue('1,3');
  await expect(page.locator(input('tariff'))).toHaveValue('9');
  // 10 × 1.3 × 8,760 × 0.09 = USD 10.2 M; Vietnamese writes the decimal comma.
  await expect(page.locator(out('cost'))).toHaveText('10,2 triệu USD');
});

test('a malformed scenario in the URL falls back to the sourced defaults, without errors', async ({ page }) => {
  const errors = watchErrors(page);
  await openEnhanced(page, 'en/investment/?load=abc&pue=1e9&tariff=%E2%80%93#investment-power');
  await expect(page.locator(input('load'))).toHaveValue('20');
  await expect(page.locator(input('pue'))).toHaveValue('1.5');
  await expect(page.locator(input('tariff'))).toHaveValue('11.5');
  await expect(page.locator(out('cost'))).toHaveText('USD 30.2 million');
  await expect(page.locator(out('status'))).toContainText('could not be read');
  expect(errors).toEqual([]);
});

test('an out-of-range input is explained next to the field, never shown as NaN', async ({ page }) => {
  await openEnhanced(page, 'en/investment/#investment-power');
  await page.locator(input('pue')).fill('9');
  await expect(page.locator(`${form} [data-error="pue"]`)).toHaveText('PUE must be between 1 and 3.');
  await expect(page.locator(input('pue'))).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator(out('cost'))).toHaveText('—');
  await expect(page.locator(form)).not.toContainText('NaN');
  await page.locator(`${form} [data-reset]`).click();
  await expect(page.locator(out('cost'))).toHaveText('USD 30.2 million');
  await expect(page.locator(out('status'))).toContainText('sourced reference point');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the form is hidden and the static scenario table shows, with the reference marked', async ({ page }) => {
    await page.goto('en/investment/');
    await expect(page.locator(`${form} .form`)).toBeHidden();
    const table = page.locator(`${form} .static table`);
    await expect(table).toBeVisible();
    await expect(table.locator('tbody tr')).toHaveCount(4);
    await expect(table.locator('td.ref')).toHaveText(/USD 30\.2 million/);
  });
});

for (const locale of localeCodes) {
  test(`${locale}: every comparable project and benchmark row links to a source of its numbers`, async ({ page }) => {
    await page.goto(`${locale}/investment/`);
    const rows = page.locator('[data-chart-root="comparables"] tbody tr');
    expect(await rows.count()).toBe(11);
    for (const row of await rows.all()) {
      const links = row.locator('td:last-child a');
      expect(await links.count()).toBeGreaterThan(0);
      for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^https:\/\//);
    }
  });
}

test('the comparables chart is SVG in the HTML and dims the other panel per state', async ({ page }) => {
  await openEnhanced(page, 'en/investment/#investment-comparables');
  const root = page.locator('[data-chart-root="comparables"]');
  await expect(root.locator('svg.chart-wide [data-row="viettel-an-khanh"]')).toHaveCount(1);
  await expect(root).toHaveAttribute('data-state', 'per-mw');
  const looks = async (panel: string) => (await partLooks(root, `svg.chart-wide g[data-in="${panel}"]`)).map((p) => p.look);
  await expect.poll(async () => new Set(await looks('capacity'))).toEqual(new Set(['dimmed']));
  expect(new Set(await looks('per-mw'))).toEqual(new Set(['full']));
});

test('axe finds no serious or critical problems in the what-if and the comparables chart', async ({ page }) => {
  await openEnhanced(page, 'en/investment/#investment-comparables');
  await page.waitForTimeout(500);
  for (const include of ['.whatif', '[data-chart-root="comparables"]']) {
    const results = await new AxeBuilder({ page }).include(include).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  }
});
