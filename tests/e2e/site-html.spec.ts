import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allFigures, data } from '../../src/data';
import { codePointsIn, parseUnicodeRange } from '../../src/fonts/unicodeRange';
import { formatDate } from '../../src/i18n/format';
import { optionalLabel } from '../../src/i18n/t';
import { distDir, listFragments, listPages, withDeferredSlides } from './siteCrawl';

// Every page of the built site, every locale and mode, is valid HTML (rules: .htmlvalidate.mjs); the
// deck's pages with their deferred slides put back, as the browser ends up with them.
test('every built page passes HTML validation with zero errors', async () => {
  const files = listPages(distDir).map((p) => join(distDir, p.endsWith('/') ? `${p}index.html` : p));
  expect(files.length).toBeGreaterThanOrEqual(5);
  // Three per language: the audience deck's stage and the speaker view's two.
  expect(listFragments(distDir).length, 'deck fragments').toBe(9);
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateString(withDeferredSlides(distDir, '/', readFileSync(file, 'utf8')), file);
    for (const result of report.results) {
      for (const m of result.messages) {
        if (m.severity === 2) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
  }
  expect(problems).toEqual([]);
});

// A custom property that is read but never defined makes its declaration invalid: colours fall back
// to black, sizes to zero. Theme variables are emitted by Tailwind's @theme, which prunes what it
// does not see used, so this guards the whole inline stylesheet of every page.
test('every custom property the CSS reads is defined, or read with a fallback', () => {
  const problems: string[] = [];
  for (const page of listPages(distDir)) {
    const file = join(distDir, page.endsWith('/') ? `${page}index.html` : page);
    if (!file.endsWith('.html')) continue;
    const css = [...readFileSync(file, 'utf8').matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
    const defined = new Set([...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]));
    const unguarded = new Set([...css.matchAll(/var\(\s*(--[\w-]+)\s*\)/g)].map((m) => m[1]!).filter((name) => !defined.has(name)));
    if (unguarded.size) problems.push(`${file}: ${[...unguarded].join(', ')}`);
  }
  expect(problems).toEqual([]);
});

// The web font is cut at build time to the characters the site prints (src/integrations/fontSubset.ts).
// A Latin or Vietnamese letter left out would be drawn in another font in the middle of a word.
test('every Latin and Vietnamese letter a page shows, in either case, is in the cut web font', () => {
  const problems: string[] = [];
  for (const page of listPages(distDir)) {
    if (!page.endsWith('/')) continue;
    const html = readFileSync(join(distDir, `${page}index.html`), 'utf8');
    // The web font's faces only (src: url(…)), should a local() fallback face ever be given a range.
    const webFaces = [...html.matchAll(/@font-face\s*\{([^}]*)\}/g)].map((m) => m[1]!).filter((face) => /src:\s*url\(/.test(face));
    const ranges = webFaces.flatMap((face) => parseUnicodeRange(face.match(/unicode-range:([^;}]+)/)?.[1] ?? ''));
    expect(ranges.length, `${page}: no @font-face ranges`).toBeGreaterThan(0);
    const text = html.replace(/<(style|script)\b[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, ' ');
    const letters = codePointsIn(text + text.toUpperCase(), parseUnicodeRange('U+0041-005A,U+0061-007A,U+00C0-024F,U+1E00-1EFF'));
    const missing = letters.filter((cp) => !ranges.some(([a, b]) => cp >= a && cp <= b));
    if (missing.length) problems.push(`${page}: ${String.fromCodePoint(...missing)}`);
  }
  expect(problems).toEqual([]);
});

// The story changes the URL at every step and the deck at every slide, and Chromium then fetches and
// decodes the page's icon again, on the main thread; an SVG icon is parsed as a whole document each
// time (src/pages/favicon.png.ts). So every page names one icon, a PNG that the build wrote.
test('every page names one icon, a PNG the build wrote', () => {
  const problems: string[] = [];
  for (const page of listPages(distDir)) {
    const file = join(distDir, page.endsWith('/') ? `${page}index.html` : page);
    if (!file.endsWith('.html')) continue;
    const icons = [...readFileSync(file, 'utf8').matchAll(/<link rel="icon" href="([^"]+)" type="([^"]+)"/g)];
    if (icons.length !== 1 || icons[0]![2] !== 'image/png') {
      problems.push(`${file}: ${icons.map((m) => `${m[1]} (${m[2]})`).join(', ') || 'no icon'}`);
      continue;
    }
    const png = readFileSync(join(distDir, icons[0]![1]!.replace(/^\//, '')));
    if (png.subarray(1, 4).toString() !== 'PNG') problems.push(`${file}: ${icons[0]![1]} is not a PNG`);
  }
  expect(problems).toEqual([]);
});

// Korean particles change with the last sound of the word before them, and in the messages that word
// is often a placeholder ("{value}을"). Amounts end in a unit, so the unit decides: 달러 and the
// read-out units end in a vowel (를, 가, 는, 와, 로), never the consonant forms.
test('Korean pages put the vowel-form particle after a unit that ends in a vowel', () => {
  const problems: string[] = [];
  for (const page of listPages(distDir).filter((p) => p.startsWith('/ko/') && p.endsWith('/'))) {
    const html = readFileSync(join(distDir, `${page}index.html`), 'utf8').replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '');
    const text = html.replace(/<[^>]+>/g, ' ');
    for (const m of text.matchAll(/(달러|MW|GWh|kWh|km)\s?(을|이|은|과|으로)(?=[\s.,)])/g)) problems.push(`${page}: …${text.slice(Math.max(0, m.index - 20), m.index + m[0].length)}`);
  }
  expect(problems).toEqual([]);
});

// A source without a name of its own, or named for a foreign-language edition, carries a label per
// language (src/i18n/data/*.json, "publishers").
// Chart tables, source lines and links name publishers through publisherName, so the English label
// never shows on a Vietnamese or Korean page.
test('Vietnamese and Korean pages name an unnamed or foreign-edition publisher in their own language', () => {
  const labelled = data.sources.filter((s) => optionalLabel('en', 'publishers', s.id));
  expect(labelled.length).toBeGreaterThan(0);
  const problems: string[] = [];
  for (const page of listPages(distDir).filter((p) => /^\/(vi|ko)\//.test(p) && p.endsWith('/'))) {
    const html = readFileSync(join(distDir, `${page}index.html`), 'utf8').replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '');
    for (const s of labelled) if (html.includes(s.publisher)) problems.push(`${page}: ${s.publisher}`);
  }
  expect(problems).toEqual([]);
});

// No publisher stated a derived number (USD per MW, a straight-line distance): beside it the text says
// what it was computed from, every source of its inputs, rather than "Source:" and the first of them.
test('a derived number in the text is labelled with what it is derived from, every source of it, never as a source’s', () => {
  const derived = new Map(allFigures.filter((f) => f.kind === 'derived').map((f) => [f.id, f]));
  expect(derived.size).toBeGreaterThan(0);
  const problems: string[] = [];
  let seen = 0;
  for (const page of listPages(distDir).filter((p) => /^\/en\//.test(p) && p.endsWith('/'))) {
    const html = withDeferredSlides(distDir, '/', readFileSync(join(distDir, `${page}index.html`), 'utf8'));
    for (const m of html.matchAll(/<a class="fig[^"]*" href="[^"]*" data-figure="([^"]+)" data-kind="([^"]+)" title="([^"]*)"/g)) {
      const [, id, kind, title] = m;
      const fig = derived.get(id!);
      if (kind !== 'derived') {
        if (title!.startsWith('Derived from')) problems.push(`${page}: ${id} is ${kind} but says "${title}"`);
        continue;
      }
      seen++;
      if (!title!.startsWith('Derived from: ')) problems.push(`${page}: ${id} says "${title}"`);
      for (const sourceId of fig!.sources) {
        const publisher = optionalLabel('en', 'publishers', sourceId) ?? data.sources.find((s) => s.id === sourceId)!.publisher;
        if (!title!.includes(publisher.replace(/&/g, '&amp;'))) problems.push(`${page}: ${id} does not name ${publisher}`);
      }
    }
  }
  expect(seen).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});

// A date in the text (<When>) is a sourced fact like a number: its sources are in the chapter's list.
test('every chapter lists the sources of the dates in its text, in every language', () => {
  const problems: string[] = [];
  let dates = 0;
  for (const page of listPages(distDir).filter((p) => /^\/(vi|en|ko)\/(?!present|factsheet)/.test(p) && p.endsWith('/'))) {
    const html = readFileSync(join(distDir, `${page}index.html`), 'utf8');
    for (const article of html.match(/<article class="chapter[\s\S]*?<\/article>/g) ?? []) {
      const slug = /data-chapter="([^"]+)"/.exec(article)![1]!;
      for (const [, id] of article.matchAll(/<time datetime="[^"]+" data-event="([^"]+)"/g)) {
        dates++;
        const event = data.events.find((e) => e.id === id)!;
        for (const sourceId of [...event.sources, ...(event.disputed?.sources ?? [])])
          if (!article.includes(`id="${slug}-src-${sourceId}"`)) problems.push(`${page} ${slug}: ${id} → ${sourceId}`);
      }
    }
  }
  expect(dates).toBeGreaterThan(30);
  expect(problems).toEqual([]);
});

// A date the sources disagree on (an event with a `disputed` date) links to its note, which sets the
// two dates side by side and lists the sources of each.
test('a date the sources disagree on links to a note on its page that gives both dates and every source', () => {
  const disputed = data.events.flatMap((e) => (e.disputed ? [{ ...e, disputed: e.disputed }] : []));
  expect(disputed.length).toBeGreaterThan(0);
  let links = 0;
  for (const page of listPages(distDir).filter((p) => /^\/(vi|en|ko)\/(?!present|factsheet)/.test(p) && p.endsWith('/'))) {
    const html = readFileSync(join(distDir, `${page}index.html`), 'utf8');
    const locale = page.split('/')[1] as 'vi' | 'en' | 'ko';
    for (const event of disputed) {
      const dates = [...html.matchAll(new RegExp(`(<a class="when-note" href="#note-event-${event.id}"[^>]*>)?<time datetime="[^"]+" data-event="${event.id}"`, 'g'))];
      if (dates.length === 0) continue;
      for (const d of dates) expect(d[1], `${page}: ${event.id} is not linked to its note`).toBeTruthy();
      links += dates.length;
      const note = new RegExp(`<div class="note" id="note-event-${event.id}"[\\s\\S]*?</dd>`).exec(html)?.[0];
      expect(note, `${page}: no note for ${event.id}`).toBeTruthy();
      for (const date of [event.date, event.disputed.date]) expect(note, `${page}: ${event.id} note without ${date}`).toContain(formatDate(date, locale));
      for (const id of [...event.sources, ...event.disputed.sources])
        expect(note, `${page}: ${event.id} note without ${id}`).toContain(data.sources.find((s) => s.id === id)!.title);
    }
  }
  expect(links).toBeGreaterThanOrEqual(3);
});

// The site is as current as its newest source: every story page and the fact sheet say which that is.
test('every story page and the fact sheet date the site by its newest source', () => {
  const newest = data.sources.map((s) => s.date ?? '').sort().at(-1)!;
  const [y, m, d] = newest.split('-').map(Number);
  const written = { en: `The newest source cited is dated ${d} ${new Date(Date.UTC(y!, m! - 1, d!)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${y}.`, vi: `ngày ${d} tháng ${m} năm ${y}`, ko: `${y}년 ${m}월 ${d}일 자` };
  const pages = listPages(distDir).filter((p) => /^\/(vi|en|ko)\/(?!present)/.test(p) && p.endsWith('/'));
  expect(pages.length).toBeGreaterThan(20);
  for (const page of pages) {
    const locale = page.split('/')[1] as keyof typeof written;
    expect(readFileSync(join(distDir, `${page}index.html`), 'utf8'), page).toContain(written[locale]);
  }
});

// A slide shows its lead line and a source line: a date in the lead names its source there too.
test('every deck slide whose lead has a date names that date’s source', () => {
  const problems: string[] = [];
  let dated = 0;
  for (const locale of ['vi', 'en', 'ko']) {
    const html = withDeferredSlides(distDir, '/', readFileSync(join(distDir, `${locale}/present/index.html`), 'utf8'));
    for (const slide of html.match(/<section class="slide slide-step"[\s\S]*?<\/section>/g) ?? []) {
      const line = /<p class="slide-source">([^<]*)<\/p>/.exec(slide)?.[1] ?? '';
      for (const [, id] of slide.matchAll(/data-event="([^"]+)"/g)) {
        dated++;
        const source = data.sources.find((s) => s.id === data.events.find((e) => e.id === id)!.sources[0])!;
        const name = (optionalLabel(locale as 'vi', 'publishers', source.id) ?? source.publisher).replace(/&/g, '&amp;');
        if (!line.includes(name)) problems.push(`${locale}: ${id} (${name}) not in "${line}"`);
      }
    }
  }
  expect(dated).toBeGreaterThan(5);
  expect(problems).toEqual([]);
});

// A projected slide's chart names its sources but offers no download: no one in the room can take
// the file, and in the speaker view's miniature of the slide the link was a tiny stop in the Tab order.
test('the deck’s charts carry no download link', () => {
  for (const locale of ['vi', 'en', 'ko']) {
    for (const page of [`${locale}/present/index.html`, `${locale}/present/speaker/index.html`]) {
      const html = withDeferredSlides(distDir, '/', readFileSync(join(distDir, page), 'utf8'));
      expect(html, page).toContain('class="chart-source"');
      expect(html, page).not.toContain('class="chart-download"');
    }
  }
});

// A screen reader reads a source's title in the title's language: on a Korean page, a Vietnamese
// headline is marked as Vietnamese.
test('every source title in a list of sources is marked with its language', () => {
  const problems: string[] = [];
  for (const page of ['ko/hanoi/', 'en/province/', 'vi/investment/']) {
    const html = readFileSync(join(distDir, `${page}index.html`), 'utf8');
    for (const s of data.sources) {
      const lang = s.titleLanguage ?? s.language;
      // Linked titles by their address (two sources may share a title; a table's links to the same
      // address show the publisher, not the title, and carry no hreflang), the others by their text.
      const opening = s.url ? `<a href="${escapeHtml(s.url)}" hreflang=` : `<cite`;
      for (const m of html.matchAll(new RegExp(`${escapeRegExp(opening)}[^>]*>${s.url ? '' : escapeRegExp(escapeHtml(s.title))}`, 'g')))
        if (!m[0].includes(` lang="${lang}"`)) problems.push(`${page}: ${s.id} ${m[0].slice(0, 100)}`);
    }
  }
  expect(problems).toEqual([]);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// src/integrations/pageTrim.ts: a page carries the styles of its own components only, and its
// policy allows exactly its own inline scripts and styles (the browser test of every page checks
// that nothing the page runs is refused). The deck's pages count with their deferred slides.
test('every page’s inline CSS and CSP hashes are its own', () => {
  const problems: string[] = [];
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  for (const page of listPages(distDir)) {
    const file = join(distDir, page.endsWith('/') ? `${page}index.html` : page);
    if (!file.endsWith('.html')) continue;
    const html = withDeferredSlides(distDir, '/', readFileSync(file, 'utf8'));
    const policy = html.match(/<meta http-equiv="content-security-policy" content="([^"]*)">/)?.[1];
    if (!policy) {
      problems.push(`${page}: no CSP meta tag`);
      continue;
    }
    const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    const markup = html.replace(/<style\b[\s\S]*?<\/style>/g, '');
    const foreign = new Set(styles.flatMap((css) => [...css.matchAll(/data-astro-cid-([a-z0-9]+)/g)].map((m) => m[1]!)).filter((id) => !markup.includes(`data-astro-cid-${id}`)));
    if (foreign.size) problems.push(`${page}: CSS for components not on the page (${[...foreign].join(', ')})`);
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/\ssrc=/.test(m[1]!) && m[2]!.length).map((m) => m[2]!);
    const listed = (directive: string) => (policy.match(new RegExp(`${directive} ([^;]*)`))?.[1] ?? '').split(' ').filter((s) => s.startsWith("'sha"));
    const expectSame = (directive: string, texts: string[]) => {
      const want = [...new Set(texts.map(hash))].sort();
      const have = listed(directive).sort();
      if (want.join() !== have.join()) problems.push(`${page}: ${directive} lists ${have.length} hashes for ${want.length} inline elements`);
    };
    expectSame('script-src', scripts);
    expectSame('style-src', styles);
  }
  expect(problems).toEqual([]);
});

// Hatched and dotted chart marks fill with patterns by id (src/utils/stableId.ts makes the ids); a
// reference to an id the page lacks draws the mark empty, which no validator notices.
test('every url(#…) a page draws with names an element of that page', () => {
  const problems: string[] = [];
  let references = 0;
  for (const page of listPages(distDir)) {
    const file = join(distDir, page.endsWith('/') ? `${page}index.html` : page);
    if (!file.endsWith('.html')) continue;
    const markup = readFileSync(file, 'utf8').replace(/<style\b[\s\S]*?<\/style>/g, '');
    const ids = new Set([...markup.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    for (const m of markup.matchAll(/url\(#([^)]+)\)/g)) {
      references++;
      if (!ids.has(m[1])) problems.push(`${page}: url(#${m[1]})`);
    }
  }
  expect(references).toBeGreaterThan(10);
  expect(problems).toEqual([]);
});
