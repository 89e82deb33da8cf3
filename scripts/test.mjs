// `npm test`: everything CI runs, in order, stopping at the first failure:
// type check and unit tests (side by side) → production build → browser tests (Playwright + axe).
import { spawn, spawnSync } from 'node:child_process';
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

/**
 * Runs two steps at once, each with its output held back and printed whole when it ends, so the log
 * reads as if they had run one after the other. The type check waits on one core for most of its
 * time, and the unit tests use the other.
 */
async function runSideBySide(steps) {
  const started = Date.now();
  const results = await Promise.all(
    steps.map(
      ([label, cmd, args]) =>
        new Promise((resolve) => {
          const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
          const output = [];
          child.stdout.on('data', (chunk) => output.push(chunk));
          child.stderr.on('data', (chunk) => output.push(chunk));
          child.on('close', (status) => resolve({ label, status, output: Buffer.concat(output), seconds: ((Date.now() - started) / 1000).toFixed(1) }));
          child.on('error', (error) => resolve({ label, status: 1, output: Buffer.from(String(error)), seconds: '0.0' }));
        }),
    ),
  );
  for (const { label, status, output, seconds } of results) {
    console.log(`\n▶ ${label}`);
    process.stdout.write(output);
    if (status !== 0) {
      console.error(`✗ ${label} failed after ${seconds}s`);
      process.exit(status ?? 1);
    }
    console.log(`✓ ${label} (${seconds}s)`);
  }
}

const browser = findBrowser();
if (!browser) {
  console.error(installHint);
  process.exit(1);
}
console.log(`Browser: ${browser.executablePath ?? "Playwright's bundled Chromium"}`);

await runSideBySide([
  ['Type check (astro check)', 'astro', ['check', '--minimumFailingSeverity', 'warning']],
  ['Unit tests (vitest)', 'vitest', ['run']],
]);
run('Build', 'astro', ['build']);
// The same site under a sub-path, as on GitHub Pages: the link-check tests crawl it at /pitch/.
run('Build under /pitch/', 'astro', ['build', '--outDir', 'dist-pitch'], { BASE_PATH: '/pitch/' });
run('Browser tests (playwright)', 'playwright', ['test']);
