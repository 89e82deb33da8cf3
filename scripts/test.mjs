// `npm test`: everything CI runs, in order, stopping at the first failure:
// type check → unit tests → production build → browser tests (Playwright + axe).
import { spawnSync } from 'node:child_process';
import { findBrowser, installHint } from './findBrowser.mjs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

function run(label, cmd, args, extraEnv = {}) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✗ ${label} failed after ${seconds}s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${label} (${seconds}s)`);
}

const browser = findBrowser();
if (!browser) {
  console.error(installHint);
  process.exit(1);
}
console.log(`Browser: ${browser.executablePath ?? "Playwright's bundled Chromium"}`);

run('Type check (astro check)', 'astro', ['check', '--minimumFailingSeverity', 'warning']);
run('Unit tests (vitest)', 'vitest', ['run']);
run('Build', 'astro', ['build']);
// The same site under a sub-path, as on GitHub Pages: the link-check tests crawl it at /pitch/.
run('Build under /pitch/', 'astro', ['build', '--outDir', 'dist-pitch'], { BASE_PATH: '/pitch/' });
run('Browser tests (playwright)', 'playwright', ['test']);
