// What a built page loads on first visit, read from dist/: its HTML, the JS it imports (following
// static and dynamic imports between chunks) and its CSS files; with compressed sizes. Shared by the benchmark
// and the byte-budget test, so both count the same bytes.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Raw, gzip (level 9) and brotli (quality 11) sizes of a buffer, in bytes. */
export function compressedSize(buf) {
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/**
 * compressedSize of a file, remembered for the process: pages share their script chunks, and brotli
 * at quality 11 is slow enough that compressing each again for every page took seconds per test.
 * Keyed by the file's modification time and size too, so a rebuilt dist/ is read afresh.
 */
const fileSizes = new Map();
function compressedFileSize(file) {
  const { mtimeMs, size } = statSync(file);
  const key = `${file}\0${mtimeMs}\0${size}`;
  if (!fileSizes.has(key)) fileSizes.set(key, compressedSize(readFileSync(file)));
  return fileSizes.get(key);
}

const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const zero = { raw: 0, gzip: 0, brotli: 0 };

/**
 * Where a page's first screen ends in its HTML: after the chart the page opens on (a story page's
 * opening chart, which follows its first step; the fact sheet's first chart), or at the end of a
 * page with no chart. An estimate read from the markup; tests/e2e/budget.spec.ts checks the same in
 * a browser, with everything after the first 14 KB held back.
 */
function firstScreenEnd(text) {
  const opening = text.search(/<div class="chart-slot"[^>]*\sdata-active[\s>]/);
  const start = opening >= 0 ? opening : text.search(/<figure class="chart"/);
  const end = start >= 0 ? text.indexOf('</figure>', start) : -1;
  return end >= 0 ? end + '</figure>'.length : text.length;
}

/**
 * Lists the first-load assets of dist/<pagePath>index.html and their sizes.
 * Module scripts and stylesheets referenced by the HTML count, with every chunk they import. The
 * dynamic imports count too: the page's enhancements load after its first paint (src/client/enhance.ts),
 * but on every first visit all the same.
 */
export function pageAssets(distDir, pagePath) {
  const html = readFileSync(join(distDir, pagePath, 'index.html'));
  const text = html.toString();
  const refs = [...text.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const files = new Set(refs.map((r) => r.slice(r.indexOf('_astro/'))).filter((f) => f.startsWith('_astro/') && existsSync(join(distDir, f))));
  const queue = [...files].filter((f) => f.endsWith('.js'));
  while (queue.length) {
    const src = readFileSync(join(distDir, queue.shift()), 'utf8');
    const imports = [...src.matchAll(/(?:\bimport\s*\(?|\bfrom)\s*["'`]\.\/([^"'`]+\.js)["'`]/g)].map((m) => `_astro/${m[1]}`);
    // Vite lists a dynamic import's dependencies (fetched with it) by their path from the base.
    const listed = [...src.matchAll(/["'](_astro\/[^"']+\.js)["']/g)].map((m) => m[1]);
    for (const dep of [...imports, ...listed]) {
      if (!files.has(dep) && existsSync(join(distDir, dep))) {
        files.add(dep);
        queue.push(dep);
      }
    }
  }
  const sizeOf = (ext) => [...files].filter((f) => f.endsWith(ext)).map((f) => compressedFileSize(join(distDir, f))).reduce(add, zero);
  // HTML the page's script fetches after the first paint: each deck stage's slides after the cover
  // (src/deck/deferredSlides.ts). The files sit beside the page.
  const laterHtml = [...text.matchAll(/\sdata-deferred-slides="([^"]+)"/g)]
    .map((m) => join(distDir, pagePath, m[1].slice(m[1].lastIndexOf('/') + 1)))
    .filter((file) => existsSync(file))
    .map((file) => compressedFileSize(file))
    .reduce(add, zero);
  // The HTML up to the end of the first screen, compressed on its own: about what must arrive before it can be drawn.
  const firstScreen = compressedSize(Buffer.from(text.slice(0, firstScreenEnd(text))));
  return { html: compressedFileSize(join(distDir, pagePath, 'index.html')), firstScreen, laterHtml, js: sizeOf('.js'), css: sizeOf('.css'), files: [...files] };
}

/** Formats served as they are: a CDN does not compress them again. */
const alreadyCompressed = /\.(png|jpe?g|webp|avif|ico|woff2|pdf)$/;

/**
 * What the offline worker (dist/sw.js) downloads in the background after a first visit: its
 * precache list, with the bytes a CDN would send for each file (brotli where it compresses).
 * `base` is the path the site was built for (BASE_PATH); the worker's URLs start with it.
 */
export function precacheSize(distDir, base = '/') {
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const worker = readFileSync(join(distDir, 'sw.js'), 'utf8');
  const urls = [...worker.matchAll(/\burl:\s*"([^"]+)"/g)].map((m) => m[1]);
  let bytes = 0;
  for (const url of urls) {
    const file = join(distDir, url.startsWith(prefix) ? url.slice(prefix.length) : url);
    if (!url.startsWith(prefix) || !existsSync(file)) throw new Error(`dist/sw.js precaches ${url}, which is not a file of ${distDir} under ${prefix}`);
    const buf = readFileSync(file);
    bytes += alreadyCompressed.test(file) ? buf.length : compressedSize(buf).brotli;
  }
  return { files: urls.length, bytes };
}
