import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DEFERRED_SLIDES_FILE } from '../../src/deck/deferredSlides';

/** The built site every e2e test reads, and the one built under BASE_PATH=/pitch/ (npm test builds both). */
export const distDir = 'dist';
export const pitchDir = 'dist-pitch';
export const pitchBase = '/pitch/';
export const pitchPort = Number(process.env.TEST_PITCH_PORT ?? 4330);

/** The site origin the build writes into canonical and share links (astro.config.mjs, SITE_URL). */
export const siteOrigin = new URL(process.env.SITE_URL ?? 'https://thai-nguyen-data-hub.example').origin;

/** Every HTML page of a built site as a URL path under `base`: index.html → "…/", others by name. */
export function listPages(dir: string, base = '/'): string[] {
  return listHtml(dir, base, (name) => !DEFERRED_SLIDES_FILE.test(name));
}

/** The HTML fragments a page's script fetches (the deck's slides after the cover), as URL paths under `base`. */
export function listFragments(dir: string, base = '/'): string[] {
  return listHtml(dir, base, (name) => DEFERRED_SLIDES_FILE.test(name));
}

/**
 * A built page's HTML as the browser ends up with it: each stage's deferred slides put back after
 * its cover, where src/deck/placeDeferredSlides.ts puts them. Other pages come back as they are.
 */
export function withDeferredSlides(dir: string, base: string, html: string): string {
  let out = html;
  let from = 0;
  for (;;) {
    const match = /\sdata-deferred-slides="([^"]+)"/g;
    match.lastIndex = from;
    const found = match.exec(out);
    if (!found) return out;
    const fragment = readFileSync(join(dir, found[1]!.slice(base.length)), 'utf8');
    // The stage's number comes last in the stage, right after where the slides were.
    const at = out.indexOf('<p class="stage-number"', found.index);
    if (at < 0) throw new Error(`${found[1]}: its stage has no stage number to put the slides before`);
    out = out.slice(0, at) + fragment + out.slice(at);
    from = at + fragment.length;
  }
}

function listHtml(dir: string, base: string, keep: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html') && keep(entry.name)) {
        const rel = relative(dir, full).split(sep).join('/');
        out.push(base + (rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel));
      }
    }
  };
  walk(dir);
  return out.sort();
}

/** A reference found in a page: the attribute it came from and its raw value. */
export interface Reference {
  kind: 'link' | 'resource';
  value: string;
}

const decodeEntities = (s: string) =>
  s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** `url(…)` references in CSS. */
export function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => m[2]!.trim());
}

/**
 * Every URL a page points at: hrefs of links (kind "link"); src/srcset/poster, stylesheets, icons,
 * preloads, share images and CSS url()s (kind "resource", which must never be third-party).
 */
export function extractReferences(html: string): Reference[] {
  const refs: Reference[] = [];
  const body = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const tag of body.matchAll(/<([a-zA-Z][\w-]*)\b([^>]*)>/g)) {
    const name = tag[1]!.toLowerCase();
    const attrs = new Map<string, string>();
    for (const a of tag[2]!.matchAll(/([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
      attrs.set(a[1]!.toLowerCase(), decodeEntities(a[3] ?? a[4] ?? a[5] ?? ''));
    }
    const href = attrs.get('href');
    if (href !== undefined) {
      const rel = (attrs.get('rel') ?? '').toLowerCase();
      const isResource = name === 'link' && /\b(stylesheet|icon|preload|modulepreload|manifest|apple-touch-icon)\b/.test(rel);
      refs.push({ kind: isResource ? 'resource' : 'link', value: href });
    }
    for (const attr of ['src', 'poster', 'data']) {
      const v = attrs.get(attr);
      if (v !== undefined && name !== 'object') refs.push({ kind: 'resource', value: v });
    }
    const srcset = attrs.get('srcset');
    if (srcset) for (const part of srcset.split(',')) refs.push({ kind: 'resource', value: part.trim().split(/\s+/)[0]! });
    // Share images (og:image, twitter:image) are fetched by other sites from ours.
    const property = attrs.get('property') ?? attrs.get('name') ?? '';
    if (name === 'meta' && /(:image|:url)$/.test(property) && attrs.get('content')) {
      refs.push({ kind: 'link', value: attrs.get('content')! });
    }
  }
  for (const style of body.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) {
    for (const u of cssUrls(style[1]!)) refs.push({ kind: 'resource', value: u });
  }
  return refs.filter((r) => r.value !== '');
}

/** Element ids (and a[name]s) in a page: the valid fragment targets. */
export function anchorsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\s(?:id|name)\s*=\s*"([^"]*)"/g)].map((m) => decodeEntities(m[1]!)));
}

/** A problem the crawl found: the page it was on, the reference, and what went wrong. */
export interface Broken {
  from: string;
  url: string;
  problem: string;
}

/**
 * Crawls a served site the way a visitor's browser and a link checker would: starting from every
 * page of the built output (and the base), fetches every same-site link and resource, follows CSS
 * url()s, and checks that each #fragment names an element of its target page. Links written with
 * the site's public origin (canonical, hreflang, share images) are checked on the local server.
 */
export async function crawlSite(origin: string, base: string, pages: string[]): Promise<{ broken: Broken[]; fetched: number }> {
  const broken: Broken[] = [];
  const bodies = new Map<string, Promise<{ status: number; type: string; text: string }>>();
  const fetchOnce = (url: string) => {
    let p = bodies.get(url);
    if (!p) {
      p = fetch(url, { redirect: 'follow' }).then(async (r) => {
        const type = r.headers.get('content-type') ?? '';
        const text = /text\/(html|css)/.test(type) ? await r.text() : (await r.arrayBuffer(), '');
        return { status: r.status, type, text };
      });
      bodies.set(url, p);
    }
    return p;
  };

  const toLocal = (raw: string, from: string): URL | undefined => {
    if (/^(mailto:|tel:|data:|blob:|javascript:)/i.test(raw)) return undefined;
    let url: URL;
    try {
      url = new URL(raw, from);
    } catch {
      broken.push({ from, url: raw, problem: 'unparseable URL' });
      return undefined;
    }
    if (url.origin === siteOrigin) url = new URL(url.pathname + url.search + url.hash, origin);
    return url;
  };

  const queue = [...new Set([base, ...pages])].map((p) => new URL(p, origin).href);
  const seen = new Set(queue);
  const fragmentChecks: Array<{ from: string; target: string; id: string }> = [];

  while (queue.length) {
    const batch = queue.splice(0, 16);
    await Promise.all(
      batch.map(async (pageUrl) => {
        const res = await fetchOnce(pageUrl);
        if (res.status !== 200) return; // reported by whoever linked to it (or below for start pages)
        const refs: Reference[] = res.type.includes('text/css')
          ? cssUrls(res.text).map((value) => ({ kind: 'resource' as const, value }))
          : res.type.includes('text/html')
            ? extractReferences(res.text)
            : [];
        for (const ref of refs) {
          const url = toLocal(ref.value, pageUrl);
          if (!url) continue;
          if (url.origin !== origin) {
            if (ref.kind === 'resource') broken.push({ from: pageUrl, url: url.href, problem: 'third-party resource' });
            continue;
          }
          if (!url.pathname.startsWith(base)) {
            broken.push({ from: pageUrl, url: url.href, problem: `outside the base path ${base}` });
            continue;
          }
          const target = new URL(url.pathname + url.search, origin).href;
          if (url.hash.length > 1) fragmentChecks.push({ from: pageUrl, target, id: url.hash.slice(1) });
          if (!seen.has(target)) {
            seen.add(target);
            queue.push(target);
            fetchOnce(target).then((r) => {
              if (r.status !== 200) broken.push({ from: pageUrl, url: target, problem: `HTTP ${r.status}` });
            });
          }
        }
      }),
    );
  }
  // Start pages themselves must answer 200 too.
  for (const url of seen) {
    const r = await fetchOnce(url);
    if (r.status !== 200 && !broken.some((b) => b.url === url)) broken.push({ from: '(site)', url, problem: `HTTP ${r.status}` });
  }
  for (const check of fragmentChecks) {
    const r = await fetchOnce(check.target);
    if (r.status !== 200 || !r.type.includes('text/html')) continue;
    let id = check.id;
    try {
      id = decodeURIComponent(id);
    } catch {
      // keep the raw fragment; it will simply not match
    }
    if (!anchorsIn(r.text).has(id)) broken.push({ from: check.from, url: `${check.target}#${check.id}`, problem: 'no element with this id' });
  }
  return { broken, fetched: seen.size };
}
