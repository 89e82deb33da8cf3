// Screenshots of built pages at phone, laptop and projector sizes in every locale, for looking at
// what we ship: `node scripts/screenshots.mjs [--out dir] [--path present/] [--full] [--no-js] [--reduced]`
// (a server must be running, e.g. `node scripts/serve.mjs --port 4321`).
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromiumArgs, findBrowser, installHint } from './findBrowser.mjs';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:4321/' },
    out: { type: 'string', default: '/tmp/shots' },
    path: { type: 'string', default: '' },
    hash: { type: 'string', default: '' },
    full: { type: 'boolean', default: false },
    locales: { type: 'string', default: 'vi,en,ko' },
    sizes: { type: 'string', default: '390x844,1440x900,1920x1080,1024x768' },
    'no-js': { type: 'boolean', default: false },
    reduced: { type: 'boolean', default: false },
  },
});

const found = findBrowser();
if (!found) throw new Error(installHint);
const browser = await chromium.launch({ executablePath: found.executablePath, args: chromiumArgs });
mkdirSync(values.out, { recursive: true });
for (const size of values.sizes.split(',')) {
  const [width, height] = size.split('x').map(Number);
  const context = await browser.newContext({
    viewport: { width, height },
    javaScriptEnabled: !values['no-js'],
    reducedMotion: values.reduced ? 'reduce' : 'no-preference',
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  for (const locale of values.locales.split(',')) {
    await page.goto(`${values.url}${locale}/${values.path}${values.hash ? `#${values.hash}` : ''}`);
    await page.waitForTimeout(1500);
    const name = `${values.out}/${locale}-${values.path.replace(/\W+/g, '_')}${values.hash}-${size}.png`;
    await page.screenshot({ path: name, fullPage: values.full });
    console.log(name);
  }
  await context.close();
}
await browser.close();
