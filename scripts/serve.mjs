// A small static server for dist/, behaving like a CDN: serves under BASE_PATH, answers unknown
// paths with dist/404.html (status 404), sends the headers the built _headers file names (as
// Cloudflare Pages and Netlify would), and compresses (brotli or gzip) when --compress is given.
// Used by the tests and the benchmark. --no-worker serves an empty script in place of the offline
// worker's: it registers as before but caches and intercepts nothing, so every page loads from the
// network as on a first visit, whatever happens after `load` (the benchmark's Lighthouse runs).
// --http2 serves HTTPS with HTTP/2, as CDNs do (HTTP/1.1 still answers clients that ask for it),
// with a certificate for 127.0.0.1 made for the run: browsers must be told to accept it.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { parseArgs } from 'node:util';
import { headersFor, parseHeadersFile } from './headersFile.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4321' },
    host: { type: 'string', default: '127.0.0.1' },
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
    compress: { type: 'boolean', default: false },
    'no-worker': { type: 'boolean', default: false },
    http2: { type: 'boolean', default: false },
  },
});

const root = resolve(values.dir);
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.pdf': 'application/pdf',
};
const headerRules = existsSync(join(root, '_headers')) ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')).rules : [];
const compressible = /^(text\/|application\/(json|xml|manifest)|image\/svg)/;

function resolveFile(urlPath) {
  if (!urlPath.startsWith(base)) return undefined;
  let rel;
  try {
    rel = decodeURIComponent(urlPath.slice(base.length));
  } catch {
    return undefined; // a malformed escape names no file
  }
  // The CDN reads _headers; it never serves it.
  if (rel === '_headers') return undefined;
  const file = normalize(join(root, rel));
  if (!file.startsWith(root)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!urlPath.endsWith('/')) return undefined; // redirected to the slash form by the caller
    const index = join(file, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return existsSync(file) ? file : undefined;
}

// A CDN compresses a file once and serves the cached result; compressing on every request (brotli
// at quality 11 takes tens of milliseconds) would add server time, and CPU taken from the browser
// under test, that no real visitor sees. Keyed by modification time, so a rebuild is picked up.
const compressedCache = new Map();
function compressed(file, encoding) {
  const key = `${file}\0${encoding}\0${statSync(file).mtimeMs}`;
  let out = compressedCache.get(key);
  if (!out) {
    const body = readFileSync(file);
    if (encoding === 'br') out = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
    else if (encoding === 'gzip') out = gzipSync(body, { level: 9 });
    else out = body;
    compressedCache.set(key, out);
  }
  return out;
}

/** A self-signed certificate for 127.0.0.1 and localhost, made with openssl and kept in memory only. */
function selfSignedCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'serve-tls-'));
  try {
    const r = spawnSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2', '-subj', '/CN=127.0.0.1',
        '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
      { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
    );
    if (r.error || r.status !== 0) throw new Error(`serve.mjs --http2 needs openssl to make a certificate: ${r.error?.message ?? r.stderr}`);
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The request handler; the HTTP/2 server's compatibility API passes the same req and res. */
const handle = (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let path = url.pathname;
  if (values['no-worker'] && path === `${base}sw.js`) {
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : '// serve.mjs --no-worker: a worker that caches and intercepts nothing.\n');
    return;
  }
  // Directory URLs without a trailing slash redirect, as static hosts do.
  const direct = resolveFile(path);
  if (!direct && !path.endsWith('/') && resolveFile(`${path}/`)) {
    res.writeHead(301, { Location: `${path}/${url.search}` });
    res.end();
    return;
  }
  let file = direct;
  let status = 200;
  if (!file) {
    status = 404;
    file = join(root, '404.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('Not found');
      return;
    }
  }
  const type = types[extname(file)] ?? 'application/octet-stream';
  const headers = { 'content-type': type, 'x-content-type-options': 'nosniff', ...headersFor(headerRules, path) };
  // Without a rule (or without a _headers file) the hosts' default: revalidate.
  headers['cache-control'] ??= 'public, max-age=0, must-revalidate';
  const accept = String(req.headers['accept-encoding'] ?? '');
  if (values.compress && compressible.test(type)) {
    const encoding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : undefined;
    const out = compressed(file, encoding);
    if (encoding) headers['Content-Encoding'] = encoding;
    headers['Vary'] = 'Accept-Encoding';
    headers['Content-Length'] = out.length;
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : out);
    return;
  }
  headers['Content-Length'] = statSync(file).size;
  res.writeHead(status, headers);
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
};

const server = values.http2 ? createSecureServer({ ...selfSignedCertificate(), allowHTTP1: true }, handle) : createServer(handle);
server.listen(Number(values.port), values.host, () => {
  console.log(`Serving ${root} at ${values.http2 ? 'https' : 'http'}://${values.host}:${values.port}${base}`);
});
