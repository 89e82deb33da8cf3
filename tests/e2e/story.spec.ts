import { expect, test } from '@playwright/test';

test('each locale renders the story with sourced figures', async ({ page }) => {
  for (const locale of ['vi', 'en', 'ko']) {
    await page.goto(`${locale}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    const figures = page.locator('a.fig');
    expect(await figures.count()).toBeGreaterThan(0);
  }
});
