import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, extractReferences, listPages } from './siteCrawl';

/**
 * Every page of the built site (all locales and modes: story, deck, speaker view, fact sheet…) plus
 * any page variant the pages link to with a query string (e.g. a speaker mode), as paths under the base.
 */
function pagesToScan(): string[] {
  const pages = listPages(distDir);
  const variants = new Set<string>();
  for (const page of pages) {
    const html = readFileSync(join(distDir, page.endsWith('/') ? `${page}index.html` : page), 'utf8');
    for (const ref of extractReferences(html)) {
      if (ref.kind !== 'link' || !ref.value.includes('?') || /^[a-z]+:/i.test(ref.value)) continue;
      const url = new URL(ref.value, `http://site${page}`);
      if (pages.includes(url.pathname)) variants.add(url.pathname + url.search);
    }
  }
  return [...pages, ...variants];
}

for (const path of pagesToScan()) {
  test(`${path}: no CSP violation, no request leaves the origin`, async ({ page, context, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    context.on('request', (r) => {
      const url = r.url();
      if (!/^(data|blob):/.test(url) && new URL(url).origin !== origin) foreign.push(url);
    });
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content[- ]Security[- ]Policy|Refused to (load|execute|apply|frame|connect)/i.test(m.text())) violations.push(m.text());
    });
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`));
    });

    await page.goto(path.replace(/^\//, ''));
    // Scroll through the page so scroll-driven scripts, charts and lazy assets all run.
    await page.evaluate(async () => {
      for (let y = 0; y <= document.documentElement.scrollHeight; y += innerHeight * 0.8) {
        scrollTo(0, y);
        await new Promise((r) => setTimeout(r, 40));
      }
    });
    await page.waitForLoadState('networkidle');
    violations.push(...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)));

    expect(violations, 'CSP violations').toEqual([]);
    expect(foreign, 'requests to other origins').toEqual([]);
  });
}
