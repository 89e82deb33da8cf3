import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dropUnnamedFaces, getBuildOnlyValues, getDeclaredValues, getElementNames, hashSource, narrowCspHashes, pruneCssForPage, staticOnlyElements, trimPage } from '../../src/integrations/pageTrim';

const page = { scopes: new Set(['aaa']), lang: 'vi' };

describe('pruneCssForPage', () => {
  it('drops rules scoped to components the page does not render and keeps the rest', () => {
    const css = '.x[data-astro-cid-aaa]{color:red}.y[data-astro-cid-bbb]{color:blue}.global{color:green}';
    expect(pruneCssForPage(css, page)).toBe('.x[data-astro-cid-aaa]{color:red}.global{color:green}');
  });

  it('keeps the selectors of a list that can match and drops the others', () => {
    const css = '.a[data-astro-cid-bbb],.b[data-astro-cid-aaa],.c{margin:0}';
    expect(pruneCssForPage(css, page)).toBe('.b[data-astro-cid-aaa],.c{margin:0}');
  });

  it('needs every scope a selector names', () => {
    const css = '.a[data-astro-cid-aaa] .b[data-astro-cid-bbb]{margin:0}';
    expect(pruneCssForPage(css, page)).toBe('');
  });

  it('removes media, container and supports blocks left empty, however deep, and keeps statements', () => {
    const css =
      '@layer utilities;@media (width>=64rem){@supports (display:grid){.y[data-astro-cid-bbb]{display:grid}}}@container (width<=32rem){.x[data-astro-cid-aaa]{display:block}}';
    expect(pruneCssForPage(css, page)).toBe('@layer utilities;@container (width<=32rem){.x[data-astro-cid-aaa]{display:block}}');
  });

  it('drops a rule for a value of a build-only attribute that the page does not hold', () => {
    const css = '.g>[data-flow-row="1"]{grid-row:1}.g>[data-flow-row="2"]{grid-row:2}.g>[data-flow-row="10"]{grid-row:10}.g>[data-state="x"]{opacity:0}';
    const values = getBuildOnlyValues('<div class="chart-slot" data-flow-row="1"></div><div data-flow-row="10"></div>');
    expect(pruneCssForPage(css, { ...page, values })).toBe('.g>[data-flow-row="1"]{grid-row:1}.g>[data-flow-row="10"]{grid-row:10}.g>[data-state="x"]{opacity:0}');
  });

  it('keeps keyframes', () => {
    const css = '@keyframes grow{0%{opacity:0}to{opacity:1}}';
    expect(pruneCssForPage(css, page)).toBe(css);
  });

  it('drops root language rules of other languages, as CSS matches languages', () => {
    const css = ':root,:root:lang(vi){--fallback:"Stand vi"}:root:lang(en){--fallback:"Stand en"}';
    expect(pruneCssForPage(css, page)).toBe(':root,:root:lang(vi){--fallback:"Stand vi"}');
    // :lang(en) matches en-GB and EN.
    expect(pruneCssForPage(css, { ...page, lang: 'EN-gb' })).toBe(':root{--fallback:"Stand vi"}:root:lang(en){--fallback:"Stand en"}');
  });

  it('keeps :lang() rules that are not on the root, since any element may carry a language', () => {
    const css = ':lang(ko){word-break:keep-all}';
    expect(pruneCssForPage(css, page)).toBe(css);
  });
});

describe('reset rules for elements only markup makes', () => {
  const css = '@layer base{code,kbd,samp,pre{font-family:mono}sub,sup{font-size:75%}abbr:where([title]){text-decoration:underline dotted}img,svg,video{display:block}b,strong{font-weight:bolder}.x code{color:red}}';
  it('drops the selectors for such elements the page lacks, and keeps those it has', () => {
    const out = pruneCssForPage(css, { scopes: new Set(), lang: 'en', elements: getElementNames('<p><kbd>K</kbd><svg></svg></p>') });
    expect(out).toContain('kbd{font-family:mono}');
    expect(out).not.toMatch(/\bcode,|\bsamp|\bpre\b|sub|sup|abbr|video/);
    expect(out).toContain('img,svg{display:block}');
    // Elements a script could make, and selectors that do not start with the element, stay.
    expect(out).toContain('b,strong{font-weight:bolder}');
    expect(out).toContain('.x code{color:red}');
  });
  it('holds only elements no browser script of the site creates (else a page would lose their reset when one appears)', () => {
    const scripts = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? scripts(join(dir, e.name)) : /\.ts$/.test(e.name) ? [join(dir, e.name)] : []));
    const made = scripts('src').flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/createElement\(\s*['"]([a-z]+)['"]/g)].map((m) => `${m[1]} (${file})`));
    expect(made.filter((m) => staticOnlyElements.has(m.split(' ')[0]!))).toEqual([]);
  });
  it('reads element names from the markup, not from text', () => {
    expect([...getElementNames('<p>a <code>b</code> &lt;sub&gt;</p><SVG>')].sort()).toEqual(['code', 'p', 'svg']);
  });
});

describe('dropUnnamedFaces', () => {
  const faces = '@font-face{font-family:"Stand vi";src:local(Arial)}@font-face{font-family:Stand en;src:local(Arial)}@media print{@font-face{font-family:Print;src:local(Arial)}}';

  it('drops the faces no declaration names, and blocks they leave empty', () => {
    const declared = getDeclaredValues(':root{--fallback:"Stand vi"}');
    expect(dropUnnamedFaces(faces, declared)).toBe('@font-face{font-family:"Stand vi";src:local(Arial)}');
  });

  it('finds a family in the font shorthand, in any case', () => {
    const declared = getDeclaredValues('h1{font:700 1rem STAND EN,sans-serif}.p{font-family:print}');
    expect(dropUnnamedFaces(faces, declared)).toBe('@font-face{font-family:Stand en;src:local(Arial)}@media print{@font-face{font-family:Print;src:local(Arial)}}');
  });

  it('does not count the faces’ own declarations as naming them', () => {
    expect(dropUnnamedFaces(faces, getDeclaredValues(faces))).toBe('');
  });
});

describe('narrowCspHashes', () => {
  it('replaces the script and style hashes and leaves every other source and directive', () => {
    const policy = "default-src 'self';img-src 'self' data:; script-src 'self' 'sha256-A=' 'sha256-B='; style-src 'self' 'sha256-C=';";
    expect(narrowCspHashes(policy, { script: ["'sha256-B='"], style: ["'sha256-D='", "'sha256-D='"] })).toBe(
      "default-src 'self';img-src 'self' data:; script-src 'self' 'sha256-B='; style-src 'self' 'sha256-D=';",
    );
  });
});

describe('trimPage', () => {
  const html = (policy: string) =>
    `<!DOCTYPE html><html lang="vi"><head><meta http-equiv="content-security-policy" content="${policy}"><style>.a[data-astro-cid-aaa]{color:red}.b[data-astro-cid-bbb]{color:blue}</style>` +
    `<script type="application/ld+json">{"a":1}</script></head><body><p class="a" data-astro-cid-aaa>x</p><script type="module">run()</script><script type="module" src="/x.js"></script></body></html>`;

  it('prunes the styles and lists exactly the hashes of what remains inline', () => {
    const { html: out, cssBefore, cssAfter } = trimPage(html("script-src 'self' 'sha256-old1=' 'sha256-old2='; style-src 'self' 'sha256-old3='"));
    expect(out).toContain('<style>.a[data-astro-cid-aaa]{color:red}</style>');
    expect(cssAfter).toBeLessThan(cssBefore);
    const policy = out.match(/content="([^"]*)"/)![1]!;
    expect(policy).toBe(
      `script-src 'self' ${hashSource('{"a":1}')} ${hashSource('run()')}; style-src 'self' ${hashSource('.a[data-astro-cid-aaa]{color:red}')}`,
    );
  });

  it('keeps a face declared in one style element and named in another', () => {
    const two =
      `<html lang="vi"><head><meta http-equiv="content-security-policy" content="style-src 'self'"><style>@font-face{font-family:Body;src:url(/b.woff2)}</style>` +
      '<style>html{font-family:Body}</style></head><body></body></html>';
    expect(trimPage(two).html).toContain('<style>@font-face{font-family:Body;src:url(/b.woff2)}</style>');
  });

  it('writes a policy holding a $ as it is', () => {
    const out = trimPage(html("script-src 'self' 'sha256-old='; style-src 'self'; report-to $&")).html;
    expect(out).toContain(`; report-to $&">`);
  });

  it('leaves a page without a policy as it is', () => {
    const plain = '<html lang="vi"><head><style>.b[data-astro-cid-bbb]{color:blue}</style></head><body></body></html>';
    expect(trimPage(plain).html).toBe(plain);
  });

  it('writes the digest in base64, as CSP sources expect', () => {
    // The well-known SHA-256 of the empty string.
    expect(hashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});
