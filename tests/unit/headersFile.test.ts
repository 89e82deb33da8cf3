import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile, prefixHeadersFile, rulesSetting } from '../../scripts/headersFile.mjs';
import { localeCodes } from '../../src/i18n/locales';

const text = readFileSync('public/_headers', 'utf8');
const { rules, errors } = parseHeadersFile(text);

const immutable = 'public, max-age=31536000, immutable';
const revalidate = /max-age=0, must-revalidate|no-cache/;

/** Paths of each kind the site serves (hashed assets, pages in every locale and mode, the worker). */
const hashedAssets = ['/_astro/index.astro_astro_type_script_index_0_lang.DzPa8P-g.js', '/_astro/be-vietnam-pro-latin-400-normal.PpnXBOrz.woff2', '/_astro/page.Bx1y2z3w.css'];
const pages = ['/', '/index.html', '/404.html', ...localeCodes.flatMap((l) => [`/${l}/`, `/${l}/present/`, `/${l}/factsheet/`])];

describe('public/_headers', () => {
  it('parses without errors', () => {
    expect(errors).toEqual([]);
    expect(rules.length).toBeGreaterThan(3);
  });

  it('caches hashed assets for a year, immutable', () => {
    for (const path of hashedAssets) expect(headersFor(rules, path)['cache-control'], path).toBe(immutable);
  });

  it('revalidates every page, in every locale, and the service worker', () => {
    for (const path of [...pages, '/sw.js']) {
      const cache = headersFor(rules, path)['cache-control'];
      expect(cache, path).toMatch(revalidate);
      expect(cache, path).not.toContain('immutable');
    }
  });

  it('never has two rules set Cache-Control for one path (hosts would join them with a comma)', () => {
    for (const path of [...hashedAssets, ...pages, '/sw.js']) expect(rulesSetting(rules, path, 'Cache-Control').length, path).toBe(1);
  });

  it('sends the security headers on every response', () => {
    for (const path of [...hashedAssets, ...pages, '/sw.js', '/favicon.png']) {
      const h = headersFor(rules, path);
      expect(h['x-content-type-options'], path).toBe('nosniff');
      expect(h['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      expect(h['x-frame-options'], path).toBe('SAMEORIGIN');
      expect(h['content-security-policy'], path).toBe("frame-ancestors 'self'");
    }
  });

  it('has a restrictive Permissions-Policy that still allows fullscreen and keeping the screen awake here', () => {
    const policy = headersFor(rules, '/en/present/')['permissions-policy']!;
    const features = new Map(policy.split(/,\s*/).map((d) => d.split('=') as [string, string]));
    expect(features.get('fullscreen')).toBe('(self)');
    expect(features.get('screen-wake-lock')).toBe('(self)');
    for (const denied of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(features.get(denied), denied).toBe('()');
    const allowed = [...features].filter(([, v]) => v !== '()').map(([k]) => k);
    expect(allowed.sort()).toEqual(['fullscreen', 'screen-wake-lock']);
  });

  it('moves under a base path with the site', () => {
    const prefixed = parseHeadersFile(prefixHeadersFile(text, '/pitch/')).rules;
    expect(headersFor(prefixed, '/pitch/_astro/a.Bx1y2z3w.js')['cache-control']).toBe(immutable);
    expect(headersFor(prefixed, '/pitch/en/')['cache-control']).toMatch(revalidate);
    expect(headersFor(prefixed, '/_astro/a.Bx1y2z3w.js')['cache-control']).toBeUndefined();
    expect(prefixHeadersFile(text, '/')).toBe(text);
  });

  it('reports malformed lines with their line number', () => {
    const bad = parseHeadersFile('  X-Early: 1\n/ok\n  no colon here\nnot-a-path\n/empty\n');
    expect(bad.errors).toEqual([
      '_headers:1: header before any path',
      '_headers:3: expected "Name: value"',
      '_headers:4: "not-a-path" is not a path (must start with /)',
      '_headers:2: "/ok" has no headers',
      '_headers:5: "/empty" has no headers',
    ]);
  });
});
