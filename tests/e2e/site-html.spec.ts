import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
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
