import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, listPages } from './siteCrawl';

// Every page of the built site, every locale and mode, is valid HTML (rules: .htmlvalidate.mjs).
test('every built page passes HTML validation with zero errors', async () => {
  const files = listPages(distDir).map((p) => join(distDir, p.endsWith('/') ? `${p}index.html` : p));
  expect(files.length).toBeGreaterThanOrEqual(5);
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const m of result.messages) {
        if (m.severity === 2) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
  }
  expect(problems).toEqual([]);
});

// A custom property that is read but never defined makes its declaration invalid: colours fall back
// to black, sizes to zero. Theme variables are emitted by Tailwind's @theme, which prunes what it
// does not see used, so this guards the whole inline stylesheet of every page.
test('every custom property the CSS reads is defined, or read with a fallback', () => {
  const problems: string[] = [];
  for (const page of listPages(distDir)) {
    const file = join(distDir, page.endsWith('/') ? `${page}index.html` : page);
    if (!file.endsWith('.html')) continue;
    const css = [...readFileSync(file, 'utf8').matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
    const defined = new Set([...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]));
    const unguarded = new Set([...css.matchAll(/var\(\s*(--[\w-]+)\s*\)/g)].map((m) => m[1]!).filter((name) => !defined.has(name)));
    if (unguarded.size) problems.push(`${file}: ${[...unguarded].join(', ')}`);
  }
  expect(problems).toEqual([]);
});
