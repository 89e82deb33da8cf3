// Finds a Chromium for Playwright: Playwright's own if installed, else the system's, else explains
// exactly what to install. Shared by playwright.config.ts, the test runner and the benchmark.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const systemCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Absolute path of a Chromium binary, or undefined when Playwright's bundled browser is installed. */
export function findBrowser() {
  const fromEnv = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return { executablePath: fromEnv, kind: 'env' };
    throw new Error(`CHROMIUM_PATH/CHROME_PATH points at ${fromEnv}, which does not exist.`);
  }
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { executablePath: undefined, kind: 'playwright' };
  } catch {
    // Playwright throws when its browser registry has no entry; fall through to the system browser.
  }
  const system = systemCandidates.find((p) => existsSync(p));
  if (system) return { executablePath: system, kind: 'system' };
  return undefined;
}

export const installHint =
  'No Chromium found. Install one of:\n' +
  '  • Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk fonts-liberation fonts-dejavu-core\n' +
  '  • Playwright:     npx playwright install chromium\n' +
  '  • or set CHROMIUM_PATH=/path/to/chromium';

/** Flags that keep Chromium quiet on closed networks (no background fetches, no first-run UI). */
export const chromiumArgs = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];
