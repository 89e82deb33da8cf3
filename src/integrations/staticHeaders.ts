import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHeadersFile, prefixHeadersFile } from '../../scripts/headersFile.mjs';

/**
 * Checks public/_headers (copied into the build) and, when the site is built under a base path,
 * rewrites its path patterns under that base so a CDN applies the same policy at /pitch/… as at /….
 */
export function staticHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'static-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const file = fileURLToPath(new URL('_headers', dir));
        if (!existsSync(file)) return;
        const text = readFileSync(file, 'utf8');
        const { errors } = parseHeadersFile(text);
        if (errors.length) throw new Error(`public/_headers is malformed:\n  - ${errors.join('\n  - ')}`);
        const prefixed = prefixHeadersFile(text, base);
        if (prefixed !== text) {
          writeFileSync(file, prefixed);
          logger.info(`_headers: paths prefixed with ${base}`);
        }
      },
    },
  };
}
