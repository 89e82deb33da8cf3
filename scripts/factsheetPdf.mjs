// `npm run factsheet:pdf`: prints each locale's fact sheet to factsheets/thai-nguyen-factsheet-<locale>.pdf
// (A4, two pages) with Playwright's Chromium, from the built site in dist/ (run `npm run build` first).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, findBrowser, installHint } from './findBrowser.mjs';

const locales = ['vi', 'en', 'ko'];
const port = Number(process.env.FACTSHEET_PORT ?? 4339);
const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const outDir = resolve('factsheets');

if (!existsSync('dist/vi/factsheet/index.html')) {
  console.error('No built fact sheet in dist/. Run `npm run build` first.');
  process.exit(1);
}
const browserInfo = findBrowser();
if (!browserInfo) {
  console.error(installHint);
  process.exit(1);
}

const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((ready, fail) => {
  server.stdout.once('data', ready);
  server.once('exit', (code) => fail(new Error(`static server exited with ${code}`)));
});

const browser = await chromium.launch({
  ...(browserInfo.executablePath ? { executablePath: browserInfo.executablePath } : {}),
  args: chromiumArgs,
});
try {
  mkdirSync(outDir, { recursive: true });
  const page = await browser.newPage();
  for (const locale of locales) {
    await page.goto(`http://127.0.0.1:${port}${base}${locale}/factsheet/`, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    const file = resolve(outDir, `thai-nguyen-factsheet-${locale}.pdf`);
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    console.log(`✓ ${file}`);
  }
} finally {
  await browser.close();
  server.kill();
}
