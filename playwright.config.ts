import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findBrowser, installHint } from './scripts/findBrowser.mjs';

const browser = findBrowser();
if (!browser) throw new Error(installHint);

/** Port and base path of the preview server the tests read (the built dist/). */
const port = Number(process.env.TEST_PORT ?? 4329);
const base = process.env.BASE_PATH ?? '/';
const pitchPort = Number(process.env.TEST_PITCH_PORT ?? 4330);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    trace: 'off',
    // The offline worker precaches the whole site on every first visit; tests that are not about it
    // run without it (tests/e2e/site-offline.spec.ts turns it on).
    serviceWorkers: 'block',
    launchOptions: {
      ...(browser.executablePath ? { executablePath: browser.executablePath } : {}),
      args: chromiumArgs,
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } }],
  webServer: [
    {
      command: `node scripts/serve.mjs --port ${port}`,
      url: `http://127.0.0.1:${port}${base}`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The same site built with BASE_PATH=/pitch/ into dist-pitch/ (scripts/test.mjs), served under /pitch/.
      command: `node scripts/serve.mjs --port ${pitchPort} --base /pitch/ --dir dist-pitch`,
      port: pitchPort,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
